package org.quotecheck.resilience;

import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BodyLimitTest {

    @Test
    void shouldAnswer413ProblemWhenBodyExceedsOneMebibyte() {
        String body = "{\"text\": \"" + "a".repeat(1_100_000) + "\"}";
        assertProblem(api().contentType(ContentType.JSON).body(body).post("/v1/quotes").then(), 413, "payload-too-large");
    }
}
