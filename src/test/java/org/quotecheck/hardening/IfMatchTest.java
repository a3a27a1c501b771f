package org.quotecheck.hardening;

import static org.hamcrest.Matchers.equalTo;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.createQuote;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** If-Match as RFC 9110 defines it: '*' is any current version, weak tags never match, other versions are 412, garbage is 400. */
@QuarkusTest
class IfMatchTest {

    /** Its own speaker, so that these quotes never crowd the demo speakers' searches. */
    private static final String SPEAKER = "Editor Witness " + uniqueWord();
    private static final String TEXT = "Zebra lanterns argue quietly about marmalade";

    private static String newQuote() {
        return createQuote(TEXT + " " + uniqueWord(), SPEAKER);
    }

    private static io.restassured.response.ValidatableResponse put(String id, String ifMatch, String status) {
        return api().contentType(ContentType.JSON).header("If-Match", ifMatch).body(Map.of("text", TEXT + " " + uniqueWord(), "speaker", SPEAKER, "status", status))
                .put("/v1/quotes/" + id).then();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"-1\"", "\"-0\"", "\"7\"", "\"00\"", "\"+0\"", "\"\"", "\"abc\"", "W/\"0\"", "W/\"0\", W/\"1\"", "\"7\", ,"})
    void shouldAnswer412WhenNoStrongTagIsTheCurrentVersion(String ifMatch) {
        String id = newQuote();
        assertProblem(put(id, ifMatch, "verified"), 412, "precondition-failed");
        api().get("/v1/quotes/" + id).then().body("status", equalTo("unreviewed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "\"0", "0\"", "W/0", "\"0\" \"1\"", "\"0 \"", "w/\"0\"", ",", "*, \"0\"", "**", "\"0\";", "\"a\"b\""})
    void shouldAnswer400WhenTheHeaderIsNotAListOfEntityTags(String ifMatch) {
        String id = newQuote();
        assertFieldProblem(put(id, ifMatch, "verified"), 400, "invalid-parameter", "If-Match");
        api().get("/v1/quotes/" + id).then().body("status", equalTo("unreviewed"));
    }

    @Test
    void shouldAcceptTheCurrentVersionAloneOrInAList() {
        String id = newQuote();
        String etag = api().get("/v1/quotes/" + id).then().extract().header("ETag");
        put(id, "\"41\", " + etag, "verified").statusCode(200).body("status", equalTo("verified"));
        String next = api().get("/v1/quotes/" + id).then().extract().header("ETag");
        put(id, next, "disputed").statusCode(200).body("status", equalTo("disputed"));
    }

    @Test
    void shouldTreatStarAsAnyCurrentVersion() {
        String id = newQuote();
        put(id, "*", "verified").statusCode(200).body("status", equalTo("verified"));
        put(id, " * ", "disputed").statusCode(200).body("status", equalTo("disputed"));
        assertProblem(api().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("text", TEXT, "speaker", SPEAKER, "status", "verified"))
                .put("/v1/quotes/qt_999999999").then(), 404, "not-found");
    }
}
