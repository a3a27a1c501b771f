package org.quotecheck.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
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
        for (int from = 0; from < claims.size(); from += 100) {
            List<JsonNode> chunk = claims.subList(from, Math.min(claims.size(), from + 100));
            List<Map<String, Object>> body = new ArrayList<>();
            for (JsonNode c : chunk) {
                Map<String, Object> claim = new HashMap<>();
                claim.put("text", c.path("claim").asText());
                if (!c.path("speaker").isNull()) {
                    claim.put("speaker", c.path("speaker").asText());
                }
                if (!c.path("date").isNull()) {
                    claim.put("date", c.path("date").asText());
                }
                body.add(claim);
            }
            List<Map<String, Object>> results = api().contentType(ContentType.JSON).body(Map.of("claims", body)).post("/v1/verify/batch")
                    .then().statusCode(200).extract().jsonPath().getList("results");
            for (int i = 0; i < chunk.size(); i++) {
                String expected = chunk.get(i).path("expected").asText();
                String actual = (String) results.get(i).get("verdict");
                confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(actual, 1, Integer::sum);
                if (expected.equals(actual)) {
                    correct++;
                } else {
                    misses.add(expected + " → " + actual + ": [" + chunk.get(i).path("speaker").asText() + "] "
                            + chunk.get(i).path("claim").asText() + "  ⇐ " + results.get(i).get("explanation"));
                }
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
