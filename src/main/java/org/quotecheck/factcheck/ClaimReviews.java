package org.quotecheck.factcheck;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * schema.org ClaimReview JSON-LD, with the properties Google's ClaimReview guidelines require
 * (claimReviewed, reviewRating with alternateName, url, author) and recommend (datePublished,
 * itemReviewed as a Claim with its author, datePublished and appearance).
 */
final class ClaimReviews {

    private ClaimReviews() {
    }

    static Map<String, Object> of(FactCheck f) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        put(review, "url", f.articleUrl);
        review.put("claimReviewed", f.claimText);
        put(review, "datePublished", f.reviewDate == null ? null : f.reviewDate.toString());
        put(review, "inLanguage", f.language);
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Organization");
        author.put("name", f.reviewerName);
        put(author, "url", f.reviewerUrl);
        review.put("author", author);
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue", f.rating.value());
        rating.put("bestRating", Rating.BEST);
        rating.put("worstRating", Rating.WORST);
        rating.put("alternateName", f.rating.alternateName());
        review.put("reviewRating", rating);
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        String authorName = f.speaker != null ? f.speaker.name : f.claimant;
        if (authorName != null) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("@type", "Person");
            person.put("name", authorName);
            if (f.speaker != null && f.speaker.wikidataId != null) {
                person.put("sameAs", "https://www.wikidata.org/wiki/" + f.speaker.wikidataId);
            }
            claim.put("author", person);
        }
        put(claim, "datePublished", f.appearanceDate == null ? null : f.appearanceDate.toString());
        if (f.appearanceUrl != null) {
            claim.put("appearance", Map.of("@type", "CreativeWork", "url", f.appearanceUrl));
        }
        review.put("itemReviewed", claim);
        return review;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
