package org.quotecheck.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.quotecheck.support.Fixtures.as;
import static org.quotecheck.support.Fixtures.issueKey;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.TightReaderLimit.class)
class RateLimitTest {

    /** Readers get 3 requests a minute, so the bucket runs dry within the test. */
    public static class TightReaderLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotecheck.rate-limit.reader-per-minute", "3");
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterWhenKeyExceedsItsRoleLimit() {
        String reader = issueKey("reader");
        for (int i = 0; i < 3; i++) {
            as(reader).get("/v1/speakers").then().statusCode(200).header("RateLimit-Remaining", equalTo(String.valueOf(2 - i)));
        }
        assertProblem(as(reader).get("/v1/speakers").then(), 429, "rate-limited")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", equalTo("0"));
        // another key has its own bucket
        as(issueKey("reader")).get("/v1/speakers").then().statusCode(200);
        // and the refusal is counted for the operators
        io.restassured.RestAssured.get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("quotecheck_rate_limited_total{reason=\"api-key\"} 1.0"));
    }
}
