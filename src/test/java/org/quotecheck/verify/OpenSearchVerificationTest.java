package org.quotecheck.verify;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.quotecheck.search.OpenSearchClient;
import org.quotecheck.support.ClaimBatches;
import org.quotecheck.support.OpenSearchProfile;

/**
 * Verification through the API with the {@code opensearch} backend: the service's own indexer
 * follows the writes into the cluster, and every fixture claim gets the verdict it gets with the
 * embedded index (VerificationFixturesTest holds both to the same expectations).
 */
@QuarkusTest
@TestProfile(OpenSearchProfile.class)
class OpenSearchVerificationTest {

    @ConfigProperty(name = "quotecheck.search.opensearch.url")
    String url;
    @ConfigProperty(name = "quotecheck.search.opensearch.index")
    String index;

    /**
     * Waits until readiness reports no lag, then makes the last writes searchable. The deadline only
     * keeps an indexer that never catches up from hanging the build.
     */
    static void awaitIndexed(String url, String index) throws InterruptedException {
        long lag = -1;
        for (int polls = 0; polls < 600; polls++) {
            JsonPath health = given().get("/q/health/ready").then().extract().jsonPath();
            Object quotes = health.get("checks.find { it.name == 'search-index' }.data.lagQuotes");
            lag = quotes == null ? -1 : ((Number) quotes).longValue();
            if (lag == 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(0, lag, "the indexer caught up with the table");
        new OpenSearchClient(url, Optional.empty(), Optional.empty(), Duration.ofSeconds(30)).post(index + "/_refresh", OpenSearchClient.json().createObjectNode());
    }

    @Test
    void shouldGiveTheFixtureVerdictsFromOpenSearch() throws InterruptedException {
        VerificationFixturesTest.storeArticles(VerificationFixturesTest.read("verify-fixtures/articles.json"));
        awaitIndexed(url, index);
        List<JsonNode> claims = VerificationFixturesTest.claims();
        List<Map<String, Object>> results = ClaimBatches.verify(claims);
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            JsonNode c = claims.get(i);
            Object verdict = results.get(i).get("verdict");
            if (!c.path("expected").asText().equals(verdict)) {
                misses.add(c.path("expected").asText() + " -> " + verdict + " (" + c.path("note").asText() + "): " + c.path("claim").asText());
            }
            assertTrue(!String.valueOf(results.get(i).get("findings")).contains("EXACT_WORDING_ONLY"), "the cluster answered every claim");
        }
        assertEquals(List.of(), misses, misses.size() + " of " + claims.size() + " fixture claims got another verdict on OpenSearch");
    }

    @Test
    void shouldReportTheIndexLagAndTheIndexerInReadiness() throws InterruptedException {
        awaitIndexed(url, index);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'search-index' }.data.backend", org.hamcrest.Matchers.equalTo("opensearch"))
                .body("checks.find { it.name == 'search-index' }.data.indexer", org.hamcrest.Matchers.equalTo("this pod"))
                .body("checks.find { it.name == 'search-index' }.data.cluster", org.hamcrest.Matchers.equalTo("up"));
    }
}
