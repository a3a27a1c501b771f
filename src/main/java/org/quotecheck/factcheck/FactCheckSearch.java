package org.quotecheck.factcheck;

import org.quotecheck.common.PageCursor;
import org.quotecheck.common.QueryParams;
import org.quotecheck.error.ApiException;

/** The parameters of a fact-check search, as Google's Fact Check Tools claims:search names them, plus speaker, rating, status. */
public record FactCheckSearch(String query, String languageCode, String reviewPublisherSiteFilter, Integer maxAgeDays, int pageSize,
        PageCursor pageToken, String speaker, Rating rating, FactCheckStatus status) {

    public static FactCheckSearch parse(String query, String languageCode, String site, String maxAgeDays, String pageSize, String pageToken,
            String speaker, String rating, String status) {
        Integer age = null;
        if (maxAgeDays != null && !maxAgeDays.isBlank()) {
            try {
                age = Integer.parseInt(maxAgeDays.trim());
            } catch (NumberFormatException e) {
                age = -1;
            }
            if (age < 0 || age > 36500) {
                throw ApiException.invalidParameter("maxAgeDays", "maxAgeDays must be a whole number of days from 0 to 36500");
            }
        }
        Rating r = null;
        if (rating != null && !rating.isBlank()) {
            try {
                r = Rating.valueOf(rating.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidParameter("rating", "rating must be one of " + java.util.Arrays.toString(Rating.values()));
            }
        }
        int size;
        try {
            size = QueryParams.limit(pageSize == null || pageSize.isBlank() ? "10" : pageSize);
        } catch (ApiException e) {
            throw ApiException.invalidParameter("pageSize", "pageSize must be a whole number from 1 to 100");
        }
        PageCursor token;
        try {
            token = PageCursor.decode(pageToken);
        } catch (ApiException e) {
            throw ApiException.invalidParameter("pageToken", "pageToken is not one this API returned");
        }
        return new FactCheckSearch(QueryParams.text("query", query, 1000), QueryParams.text("languageCode", languageCode, 35),
                QueryParams.text("reviewPublisherSiteFilter", site, 255), age, size, token, QueryParams.text("speaker", speaker, 300), r,
                QueryParams.enumValue("status", status, FactCheckStatus.class));
    }
}
