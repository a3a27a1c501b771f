package org.quotecheck.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.quotecheck.support.Fixtures.post;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.Fixtures;
import org.quotecheck.support.OpenSearchDownProfile;

/**
 * With the search cluster down, verify still answers from the table's exact-wording look-up and says
 * so (finding EXACT_WORDING_ONLY, and a sentence in the explanation); quote search and readiness stay up.
 */
@QuarkusTest
@TestProfile(OpenSearchDownProfile.class)
class OpenSearchDownTest {

    private static final String PUTIN = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history,";

    @Test
    void shouldVerifyAnExactQuoteFromTheTableAndSaySo() {
        post("/v1/verify", Map.of("text", PUTIN, "speaker", "Vladimir Putin")).statusCode(200)
                .body("verdict", equalTo("VERIFIED"))
                .body("findings", hasItem("EXACT_WORDING_ONLY"))
                .body("explanation", containsString("cannot be reached"));
    }

    @Test
    void shouldSayAnAlteredClaimWasOnlyLookedUpByItsExactWording() {
        post("/v1/verify", Map.of("text", PUTIN.replace("best", "worst"), "speaker", "Vladimir Putin")).statusCode(200)
                .body("verdict", equalTo("NOT_FOUND"))
                .body("findings", hasItem("EXACT_WORDING_ONLY"))
                .body("explanation", containsString("only quotes worded exactly like the claim"));
    }

    @Test
    void shouldKeepQuoteSearchAndReadinessUp() {
        Fixtures.api().queryParam("q", "best period in history").get("/v1/quotes").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'search-index' }.data.cluster", equalTo("down"));
    }
}
