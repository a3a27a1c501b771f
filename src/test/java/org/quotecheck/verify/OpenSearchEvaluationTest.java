package org.quotecheck.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.ClaimBatches;
import org.quotecheck.support.EvalData;
import org.quotecheck.support.OpenSearchProfile;

/**
 * The public evaluation (as VerificationEvaluationTest runs it on the embedded index) with the
 * {@code opensearch} backend: the gold quotes go in through the API, the service's indexer brings
 * them to the cluster, and the claims must reach the same accuracy floor.
 */
@QuarkusTest
@TestProfile(OpenSearchProfile.class)
class OpenSearchEvaluationTest {

    @ConfigProperty(name = "quotecheck.search.opensearch.url")
    String url;
    @ConfigProperty(name = "quotecheck.search.opensearch.index")
    String index;

    @Test
    void shouldReachTheAccuracyFloorOnTheEvaluationClaimsFromOpenSearch() throws InterruptedException {
        EvalData.loadGoldStore();
        OpenSearchVerificationTest.awaitIndexed(url, index);
        List<JsonNode> claims = EvalData.claims();
        List<Map<String, Object>> results = ClaimBatches.verify(claims);
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            JsonNode claim = claims.get(i);
            if (!claim.path("expected").asText().equals(results.get(i).get("verdict"))) {
                misses.add(claim.path("expected").asText() + " → " + results.get(i).get("verdict") + ": " + claim.path("claim").asText());
            }
            assertTrue(!String.valueOf(results.get(i).get("findings")).contains("EXACT_WORDING_ONLY"), "the cluster answered every claim");
        }
        double accuracy = 1 - (double) misses.size() / claims.size();
        System.out.printf("%nVerification on %d evaluation claims with the opensearch backend: accuracy %.3f%n", claims.size(), accuracy);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(accuracy >= VerificationEvaluationTest.MIN_ACCURACY, String.format("accuracy %.3f below %.2f", accuracy, VerificationEvaluationTest.MIN_ACCURACY));
    }
}
