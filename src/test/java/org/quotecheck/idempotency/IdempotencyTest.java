package org.quotecheck.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.as;
import static org.quotecheck.support.Fixtures.issueKey;
import static org.quotecheck.support.Fixtures.quote;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Test
    void shouldReplayFirstResponseWhenSameKeyAndBodyAreSentAgain() {
        String speaker = "Speaker " + uniqueWord();
        Map<String, Object> body = quote("Sent twice over a flaky line " + uniqueWord(), speaker, uniqueUrl());
        String key = UUID.randomUUID().toString();
        var first = api().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/v1/quotes").then()
                .statusCode(201).extract();
        var second = api().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/v1/quotes").then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals((String) first.path("id"), second.path("id"));
        assertEquals((Integer) first.path("appearanceCount"), second.path("appearanceCount"));
        api().queryParam("speaker", speaker).get("/v1/quotes").then().body("data", hasSize(1));
    }

    @Test
    void shouldAnswer422WhenSameKeyComesWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        api().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(quote("First body " + uniqueWord(), "Speaker " + uniqueWord(), uniqueUrl())).post("/v1/quotes").then().statusCode(201);
        String speaker = "Speaker " + uniqueWord();
        assertProblem(api().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(quote("Second body " + uniqueWord(), speaker, uniqueUrl())).post("/v1/quotes").then(), 422, "idempotency-key-reused");
        // the second body stored nothing, not even its speaker
        api().queryParam("speaker", speaker).get("/v1/quotes").then().statusCode(404);
    }

    @Test
    void shouldKeepKeysApartWhenTwoCallersUseTheSameKey() {
        String key = "shared-" + UUID.randomUUID();
        String editor = issueKey("editor");
        api().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(quote("Caller one " + uniqueWord(), "Speaker " + uniqueWord(), uniqueUrl())).post("/v1/quotes").then().statusCode(201);
        as(editor).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(quote("Caller two " + uniqueWord(), "Speaker " + uniqueWord(), uniqueUrl())).post("/v1/quotes").then().statusCode(201)
                .header("Idempotent-Replayed", (String) null);
    }

    @Test
    void shouldReplayErrorsTooWhenFirstAttemptWasRejected() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"\"}";
        assertFieldProblem(api().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/v1/speakers").then(),
                400, "validation-failed", "name");
        assertFieldProblem(api().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/v1/speakers").then(),
                400, "validation-failed", "name").header("Idempotent-Replayed", equalTo("true"));
    }

    @Test
    void shouldRejectMalformedIdempotencyKeyWhenSent() {
        assertFieldProblem(api().contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(300))
                .body(Map.of("name", "Speaker " + uniqueWord())).post("/v1/speakers").then(), 400, "validation-failed", "Idempotency-Key");
    }
}
