package org.quotecheck.hardening;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.post;
import static org.quotecheck.support.Fixtures.quote;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every date in the API is a calendar date from 1000-01-01 to 2999-12-31; outside it, a 400 naming the field, never a 500. */
@QuarkusTest
class DateBoundsTest {

    private static final String SAID = "Quiet glaciers hum beneath the orchard at dawn";

    /** Its own speaker, so that these quotes never crowd the demo speakers\' searches. */
    private static final String SPEAKER = "Date Witness " + uniqueWord();

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "0000-01-01", "-0044-03-15", "+10000-01-01", "0999-12-31",
            "3000-01-01", "2024-02-30", "2024-7-3", "20240703", "2024-07-03T00:00"})
    void shouldRefuseAQuoteDateOutsideTheCalendarRange(String date) {
        Map<String, Object> body = quote(SAID + " " + uniqueWord(), SPEAKER, uniqueUrl());
        body.put("saidOn", date);
        assertFieldProblem(post("/v1/quotes", body), 400, "validation-failed", "saidOn")
                .body("detail", containsString("2024-07-03"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "0000-01-01", "+10000-01-01"})
    void shouldRefuseOutOfRangeDatesInEveryBodyAndParameter(String date) {
        Map<String, Object> body = quote(SAID, SPEAKER, uniqueUrl());
        @SuppressWarnings("unchecked")
        Map<String, Object> source = (Map<String, Object>) body.get("source");
        source.put("publishedOn", date);
        assertFieldProblem(post("/v1/quotes", body), 400, "validation-failed", "source.publishedOn");
        assertFieldProblem(post("/v1/verify", Map.of("text", SAID, "speaker", "Vladimir Putin", "date", date)), 400, "validation-failed", "date");
        assertFieldProblem(post("/v1/extract", Map.of("text", "\"" + SAID + ",\" Putin said.", "publishedOn", date)), 400, "validation-failed",
                "publishedOn");
        assertFieldProblem(post("/v1/speakers", Map.of("name", "Kassym-Jomart " + uniqueWord(),
                "roles", List.of(Map.of("title", "President", "organization", "Kazakhstan", "from", date)))), 400, "validation-failed", "roles[0].from");
        assertFieldProblem(api().queryParam("mention", "the Russian president").queryParam("date", date).get("/v1/speakers/resolve").then(),
                400, "invalid-parameter", "date");
        assertFieldProblem(api().queryParam("from", date).get("/v1/quotes").then(), 400, "invalid-parameter", "from");
        assertFieldProblem(api().queryParam("to", date).get("/v1/quotes").then(), 400, "invalid-parameter", "to");
    }

    @Test
    void shouldAcceptTheFirstAndLastDayOfTheRangeAndReturnThemUnshifted() {
        for (String date : List.of("1000-01-01", "2999-12-31")) {
            Map<String, Object> body = quote(SAID + " " + uniqueWord(), SPEAKER, uniqueUrl());
            body.put("saidOn", date);
            String id = post("/v1/quotes", body).statusCode(201).extract().path("id");
            api().get("/v1/quotes/" + id).then().statusCode(200).body("saidOn", equalTo(date));
        }
        api().queryParam("mention", "the Russian president").queryParam("date", "1000-01-01").get("/v1/speakers/resolve").then()
                .statusCode(anyOf(equalTo(200), equalTo(404))); // nobody held the office then: not found, not refused
    }

    @Test
    void shouldRefuseADateGivenAsANumberOrArrayNamingTheField() {
        Map<String, Object> body = quote(SAID + " " + uniqueWord(), SPEAKER, uniqueUrl());
        body.put("saidOn", List.of(2024, 7, 3));
        assertFieldProblem(post("/v1/quotes", body), 400, "validation-failed", "saidOn");
        body.put("saidOn", 19907);
        assertFieldProblem(api().contentType(ContentType.JSON).body(body).post("/v1/quotes").then(), 400, "validation-failed", "saidOn");
    }
}
