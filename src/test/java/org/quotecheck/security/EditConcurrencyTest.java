package org.quotecheck.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.createQuote;
import static org.quotecheck.support.Fixtures.createSpeaker;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two editors can never overwrite each other silently. */
@QuarkusTest
class EditConcurrencyTest {

    @Test
    void shouldRequireIfMatchWhenPutting() {
        String id = createQuote("Needs an ETag " + uniqueWord(), "Speaker " + uniqueWord());
        assertProblem(api().contentType(ContentType.JSON).body(Map.of("text", "changed", "speaker", "x")).put("/v1/quotes/" + id).then(),
                428, "precondition-required");
        String speaker = createSpeaker("Speaker " + uniqueWord(), List.of());
        assertProblem(api().contentType(ContentType.JSON).body(Map.of("name", "changed " + uniqueWord())).put("/v1/speakers/" + speaker).then(),
                428, "precondition-required");
    }

    @Test
    void shouldRefuseSecondEditorWhenBothEditedTheSameVersion() {
        String speaker = "Speaker " + uniqueWord();
        String id = createQuote("Original wording " + uniqueWord(), speaker);
        String etag = api().get("/v1/quotes/" + id).then().statusCode(200).extract().header("ETag");
        String first = api().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("text", "First editor's wording " + uniqueWord(), "speaker", speaker)).put("/v1/quotes/" + id)
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, first);
        assertProblem(api().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("text", "Second editor's wording " + uniqueWord(), "speaker", speaker)).put("/v1/quotes/" + id).then(),
                412, "precondition-failed").body("currentVersion", equalTo(1));
        api().get("/v1/quotes/" + id).then().body("text", org.hamcrest.Matchers.startsWith("First editor's wording"));
    }

    @Test
    void shouldBumpSpeakerETagWhenOnlyAliasesChange() {
        String name = "Speaker " + uniqueWord();
        String id = createSpeaker(name, List.of("Alias " + uniqueWord()));
        String etag = api().get("/v1/speakers/" + id).then().extract().header("ETag");
        String next = api().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", name, "aliases", List.of("Other " + uniqueWord()))).put("/v1/speakers/" + id)
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, next);
        assertProblem(api().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("name", name)).put("/v1/speakers/" + id).then(),
                412, "precondition-failed");
    }
}
