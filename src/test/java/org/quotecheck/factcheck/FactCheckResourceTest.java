package org.quotecheck.factcheck;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.as;
import static org.quotecheck.support.Fixtures.issueKey;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FactCheckResourceTest {

    static final String WORST = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, "
            + "are experiencing their worst period in history";

    /**
     * What Google's ClaimReview guidelines require (claimReviewed, reviewRating with alternateName,
     * url, author) and recommend (datePublished, itemReviewed as a Claim with author, datePublished,
     * appearance; a Rating's ratingValue, bestRating, worstRating), as JSON pointers.
     */
    static final List<String> REQUIRED = List.of("/@context", "/@type", "/claimReviewed", "/reviewRating/alternateName", "/url",
            "/author/name", "/author/@type");
    static final List<String> RECOMMENDED = List.of("/datePublished", "/itemReviewed/@type", "/itemReviewed/author/name",
            "/itemReviewed/author/@type", "/itemReviewed/datePublished", "/itemReviewed/appearance/url", "/reviewRating/ratingValue",
            "/reviewRating/bestRating", "/reviewRating/worstRating", "/reviewRating/@type");

    private static Map<String, Object> factCheck(String claim, String site) {
        Map<String, Object> body = new HashMap<>();
        body.put("claim", claim);
        body.put("claimant", "Vladimir Putin");
        body.put("appearanceUrl", "https://social.example/post/" + uniqueWord());
        body.put("appearanceDate", "2024-07-05");
        body.put("rating", "ALTERED");
        body.put("reviewerName", "Fact desk " + site);
        body.put("reviewerUrl", "https://" + site);
        body.put("authorName", "Jane Doe");
        body.put("reviewDate", LocalDate.now().toString());
        body.put("explanation", "Putin said relations were at their best, not worst.");
        body.put("articleUrl", "https://" + site + "/fact-check/" + uniqueWord());
        body.put("language", "en");
        body.put("status", "published");
        return body;
    }

    @Test
    void shouldRecordADraftFromTheVerdictWhenVerifyIsAskedToRecord() {
        String id = api().contentType(ContentType.JSON).body(Map.of("text", WORST, "speaker", "Putin", "date", "2024-07-03", "record", true))
                .post("/v1/verify").then().statusCode(200)
                .body("verdict", equalTo("ALTERED"))
                .body("factCheckId", startsWith("fc_")).extract().path("factCheckId");
        api().get("/v1/factchecks/" + id).then().statusCode(200)
                .body("claim", equalTo(WORST))
                .body("claimant", equalTo("Putin"))
                .body("speaker.name", equalTo("Vladimir Putin"))
                .body("rating", equalTo("ALTERED"))
                .body("ratingValue", equalTo(2))
                .body("status", equalTo("draft"))
                .body("evidence[0].speaker.name", equalTo("Vladimir Putin"))
                .body("explanation", startsWith("Vladimir Putin said something close"));
        assertProblem(as(issueKey("reader")).contentType(ContentType.JSON).body(Map.of("text", WORST, "record", true)).post("/v1/verify").then(),
                403, "forbidden");
    }

    @Test
    void shouldEditWithHistoryPublishAndServeClaimReviewWhenTheDeskFinishes() throws Exception {
        String site = uniqueWord() + ".example.org";
        Map<String, Object> draft = factCheck(WORST, site);
        draft.put("status", "draft");
        var created = api().contentType(ContentType.JSON).body(draft).post("/v1/factchecks").then().statusCode(201)
                .header("Location", notNullValue()).extract();
        String id = created.path("id");
        Map<String, Object> published = new HashMap<>(draft);
        published.put("status", "published");
        String evidence = api().queryParam("q", "best period in history").queryParam("speaker", "Putin").get("/v1/quotes")
                .then().extract().path("data[0].id");
        published.put("evidence", List.of(evidence));
        assertProblem(api().contentType(ContentType.JSON).body(published).put("/v1/factchecks/" + id).then(), 428, "precondition-required");
        String editor = issueKey("editor");
        as(editor).contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(published).put("/v1/factchecks/" + id)
                .then().statusCode(200).body("status", equalTo("published")).body("evidence", hasSize(1));
        assertProblem(api().contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(draft).put("/v1/factchecks/" + id).then(),
                412, "precondition-failed");
        api().get("/v1/factchecks/" + id + "/history").then().statusCode(200)
                .body("action", contains("created", "updated"))
                .body("[1].changes.find { it.field == 'status' }.to", equalTo("published"))
                .body("[1].actor", startsWith("editor-"));

        String jsonLd = api().accept("application/ld+json").get("/v1/factchecks/" + id).then().statusCode(200)
                .contentType(startsWith("application/ld+json")).extract().asString();
        JsonNode review = new ObjectMapper().readTree(jsonLd);
        for (String pointer : REQUIRED) {
            assertTrue(!review.at(pointer).isMissingNode() && !review.at(pointer).asText().isBlank(), "required " + pointer + " in " + jsonLd);
        }
        for (String pointer : RECOMMENDED) {
            assertTrue(!review.at(pointer).isMissingNode(), "recommended " + pointer + " in " + jsonLd);
        }
        // round trip: the JSON-LD says what the record says
        assertEquals("https://schema.org", review.at("/@context").asText());
        assertEquals("ClaimReview", review.at("/@type").asText());
        assertEquals(WORST, review.at("/claimReviewed").asText());
        assertEquals(published.get("articleUrl"), review.at("/url").asText());
        assertEquals(2, review.at("/reviewRating/ratingValue").asInt());
        assertEquals(5, review.at("/reviewRating/bestRating").asInt());
        assertEquals(1, review.at("/reviewRating/worstRating").asInt());
        assertEquals("Altered quote", review.at("/reviewRating/alternateName").asText());
        assertEquals("Organization", review.at("/author/@type").asText());
        assertEquals("Fact desk " + site, review.at("/author/name").asText());
        assertEquals("Person", review.at("/itemReviewed/author/@type").asText());
        assertEquals("Vladimir Putin", review.at("/itemReviewed/author/name").asText());
        assertEquals("https://www.wikidata.org/wiki/Q7747", review.at("/itemReviewed/author/sameAs").asText());
        assertEquals("2024-07-05", review.at("/itemReviewed/datePublished").asText());
        assertEquals(published.get("appearanceUrl"), review.at("/itemReviewed/appearance/url").asText());

        String feed = api().get("/v1/factchecks/feed.jsonld").then().statusCode(200).contentType(startsWith("application/ld+json")).extract().asString();
        JsonNode items = new ObjectMapper().readTree(feed).path("dataFeedElement");
        boolean listed = false;
        for (JsonNode item : items) {
            listed |= item.path("url").asText().equals(published.get("articleUrl"));
            assertEquals("ClaimReview", item.path("@type").asText());
        }
        assertTrue(listed, "the published fact-check is in the feed");
    }

    @Test
    void shouldFindFactChecksByEachSearchParameter() {
        String site = uniqueWord() + ".example.net";
        String word = uniqueWord();
        String a = api().contentType(ContentType.JSON).body(factCheck("Putin said " + word + " about relations", site)).post("/v1/factchecks")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> other = factCheck("Xi said " + word + " about friendship", site);
        other.put("claimant", "Xi");
        other.put("rating", "VERIFIED");
        other.put("language", "fr");
        other.put("status", "draft");
        other.put("reviewDate", "2020-01-01");
        String b = api().contentType(ContentType.JSON).body(other).post("/v1/factchecks").then().statusCode(201).extract().path("id");

        api().queryParam("query", word).get("/v1/factchecks").then().statusCode(200).body("claims.id", contains(b, a));
        api().queryParam("reviewPublisherSiteFilter", site).queryParam("languageCode", "fr").get("/v1/factchecks").then().body("claims.id", contains(b));
        api().queryParam("reviewPublisherSiteFilter", site).queryParam("maxAgeDays", 30).get("/v1/factchecks").then().body("claims.id", contains(a));
        api().queryParam("reviewPublisherSiteFilter", site).queryParam("speaker", "Xi Jinping").get("/v1/factchecks").then().body("claims.id", contains(b));
        api().queryParam("reviewPublisherSiteFilter", site).queryParam("rating", "ALTERED").get("/v1/factchecks").then().body("claims.id", contains(a));
        api().queryParam("reviewPublisherSiteFilter", site).queryParam("status", "draft").get("/v1/factchecks").then().body("claims.id", contains(b));
        var first = api().queryParam("reviewPublisherSiteFilter", site).queryParam("pageSize", 1).get("/v1/factchecks").then()
                .body("claims.id", contains(b)).body("nextPageToken", notNullValue()).extract();
        api().queryParam("reviewPublisherSiteFilter", site).queryParam("pageSize", 1).queryParam("pageToken", (String) first.path("nextPageToken"))
                .get("/v1/factchecks").then().body("claims.id", contains(a)).body("nextPageToken", nullValue());
        assertFieldProblem(api().queryParam("rating", "FALSE").get("/v1/factchecks").then(), 400, "invalid-parameter", "rating");
        assertFieldProblem(api().queryParam("maxAgeDays", "-3").get("/v1/factchecks").then(), 400, "invalid-parameter", "maxAgeDays");
        assertFieldProblem(api().queryParam("pageSize", "500").get("/v1/factchecks").then(), 400, "invalid-parameter", "pageSize");
    }

    @Test
    void shouldRejectInvalidFactChecksWithTheOffendingField() {
        Map<String, Object> body = factCheck("Claim " + uniqueWord(), uniqueWord() + ".example.org");
        body.remove("articleUrl");
        assertFieldProblem(api().contentType(ContentType.JSON).body(body).post("/v1/factchecks").then(), 400, "validation-failed", "articleUrl");
        Map<String, Object> badRating = factCheck("Claim " + uniqueWord(), "x.example.org");
        badRating.put("rating", "PANTS_ON_FIRE");
        assertFieldProblem(api().contentType(ContentType.JSON).body(badRating).post("/v1/factchecks").then(), 400, "validation-failed", "rating");
        Map<String, Object> badEvidence = factCheck("Claim " + uniqueWord(), "x.example.org");
        badEvidence.put("evidence", List.of("qt_zzzzzzz"));
        assertFieldProblem(api().contentType(ContentType.JSON).body(badEvidence).post("/v1/factchecks").then(), 400, "validation-failed", "evidence[0]");
        assertProblem(api().get("/v1/factchecks/fc_zzzzzz").then(), 404, "not-found");
        assertProblem(api().accept("application/ld+json").get("/v1/factchecks/fc_zzzzzz").then(), 404, "not-found");
    }

    @Test
    void shouldResolveRolesAtADateWhenAMentionNamesAnOffice() {
        api().queryParam("mention", "the Turkish president").queryParam("date", "2024-07-03").get("/v1/speakers/resolve").then().statusCode(200)
                .body("speaker.name", equalTo("Recep Tayyip Erdogan"))
                .body("speaker.role.title", equalTo("President"))
                .body("speaker.role.organization", equalTo("Turkey"));
        api().queryParam("mention", "the Turkish prime minister").queryParam("date", "2010-01-01").get("/v1/speakers/resolve").then()
                .body("speaker.name", equalTo("Recep Tayyip Erdogan")).body("speaker.role.title", equalTo("Prime Minister"));
        api().queryParam("mention", "the president").queryParam("date", "2024-07-03").get("/v1/speakers/resolve").then().statusCode(200)
                .body("speaker", nullValue())
                .body("candidates.name", hasItem("Vladimir Putin"))
                .body("candidates.name", hasItem("Xi Jinping"));
        assertProblem(api().queryParam("mention", "the Turkish president").queryParam("date", "2010-01-01").get("/v1/speakers/resolve").then(),
                404, "not-found");
        assertFieldProblem(api().get("/v1/speakers/resolve").then(), 400, "invalid-parameter", "mention");
    }
}
