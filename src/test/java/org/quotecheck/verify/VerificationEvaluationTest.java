package org.quotecheck.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.ClaimBatches;
import org.quotecheck.support.EvalData;

/**
 * Loads the gold quotes of every public evaluation article through the API, runs every claim of
 * claims.jsonl through /v1/verify/batch, prints the confusion matrix and fails below 95 % accuracy.
 */
@QuarkusTest
class VerificationEvaluationTest {

    static final double MIN_ACCURACY = 0.95;
    static final List<String> VERDICTS = List.of("VERIFIED", "FRAGMENT", "ALTERED", "MISATTRIBUTED", "WRONG_DATE", "NOT_FOUND");

    @Test
    void shouldReachTheAccuracyFloorWhenVerifyingTheEvaluationClaims() {
        EvalData.loadGoldStore();
        List<JsonNode> claims = EvalData.claims();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int correct = 0;
        List<Map<String, Object>> results = ClaimBatches.verify(claims);
        for (int i = 0; i < claims.size(); i++) {
            JsonNode claim = claims.get(i);
            String expected = claim.path("expected").asText();
            String actual = (String) results.get(i).get("verdict");
            confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(actual, 1, Integer::sum);
            if (expected.equals(actual)) {
                correct++;
            } else {
                misses.add(expected + " → " + actual + ": [" + claim.path("speaker").asText() + "] "
                        + claim.path("claim").asText() + "  ⇐ " + results.get(i).get("explanation"));
            }
        }
        double accuracy = (double) correct / claims.size();
        StringBuilder table = new StringBuilder(String.format("%nVerification on %d evaluation claims: accuracy %.3f%n%-14s", claims.size(), accuracy, "expected\\got"));
        VERDICTS.forEach(v -> table.append(String.format("%14s", v)));
        for (String expected : VERDICTS) {
            table.append(String.format("%n%-14s", expected));
            for (String actual : VERDICTS) {
                table.append(String.format("%14d", confusion.getOrDefault(expected, Map.of()).getOrDefault(actual, 0)));
            }
        }
        misses.forEach(m -> table.append("\n  miss: ").append(m));
        System.out.println(table);
        assertTrue(accuracy >= MIN_ACCURACY, String.format("accuracy %.3f below %.2f", accuracy, MIN_ACCURACY));
    }
}
