package org.quotecheck.hardening;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.ADMIN_KEY;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Guessing keys is throttled per client address: after the allowance of failed attempts the address
 * gets 429 with Retry-After — even for a right key, or the answer would tell a guesser it had found one.
 * Other addresses are not affected. (The test profile trusts X-Forwarded-For from loopback.)
 */
@QuarkusTest
class FailedAuthenticationThrottleTest {

    @Test
    void shouldThrottleAnAddressThatKeepsPresentingWrongKeys() {
        String attacker = "203.0.113." + (1 + (int) (Math.random() * 250));
        int unauthorized = 0;
        Response last = null;
        for (int i = 0; i < 400; i++) {
            last = given().header("X-Forwarded-For", attacker).header("X-API-Key", "qc_guess_" + i + "_abcdefghijklmnopqrstuvwxyz")
                    .get("/v1/quotes");
            if (last.statusCode() != 401) {
                break;
            }
            unauthorized++;
        }
        assertTrue(unauthorized >= 5 && unauthorized < 400, "401s before the throttle: " + unauthorized);
        assertProblem(last.then(), 429, "rate-limited");
        int retryAfter = Integer.parseInt(last.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);

        // the right key from the same address is refused too while the address is throttled
        assertEquals(429, given().header("X-Forwarded-For", attacker).header("X-API-Key", ADMIN_KEY).get("/v1/quotes").statusCode());
        // another address is not
        assertEquals(200, given().header("X-Forwarded-For", "198.51.100.7").header("X-API-Key", ADMIN_KEY).get("/v1/quotes").statusCode());
        assertEquals(401, given().header("X-Forwarded-For", "198.51.100.8").header("X-API-Key", "qc_wrong_abcdefghijklmnopqrstuvwxyz012")
                .get("/v1/quotes").statusCode());
    }
}
