package org.quotecheck.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.ClaimBatches;
import org.quotecheck.support.Fixtures;

/**
 * Quotes spoken in another language: stores the originals and the outlets' English translations of
 * src/test/resources/translation/utterances.json (made-up speakers and words) through the API,
 * linked as utterances, runs the claims of claims.jsonl (faithful renderings a translator might
 * choose, and doctored ones) through /v1/verify/batch, prints the accuracy and the confusion matrix,
 * and fails below 95 %.
 */
@QuarkusTest
class TranslationEvaluationTest {

    static final double MIN_ACCURACY = 0.95;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldTellTranslationsFromDoctoredClaims() throws IOException {
        JsonNode fixture = read("translation/utterances.json");
        for (JsonNode speaker : fixture.path("speakers")) {
            int status = Fixtures.post("/v1/speakers", JSON.convertValue(speaker, Map.class)).extract().statusCode();
            assertTrue(status == 201 || status == 409, "speaker " + speaker + ": " + status);
        }
        for (JsonNode quote : fixture.path("quotes")) {
            int status = Fixtures.post("/v1/quotes", JSON.convertValue(quote, Map.class)).extract().statusCode();
            assertTrue(status == 201 || status == 200, "quote " + quote + ": " + status);
        }
        List<JsonNode> claims = new ArrayList<>();
        for (String line : new String(resource("translation/claims.jsonl").readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                claims.add(JSON.readTree(line));
            }
        }
        List<Map<String, Object>> results = ClaimBatches.verify(claims);
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int correct = 0;
        int variants = 0;
        for (int i = 0; i < claims.size(); i++) {
            JsonNode claim = claims.get(i);
            String expected = claim.path("expected").asText();
            String actual = (String) results.get(i).get("verdict");
            confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(actual, 1, Integer::sum);
            if (((List<?>) results.get(i).get("findings")).contains("TRANSLATION_VARIANT")) {
                variants++;
            }
            if (expected.equals(actual)) {
                correct++;
            } else {
                misses.add(expected + " → " + actual + " (" + claim.path("kind").asText() + "): " + claim.path("claim").asText()
                        + "  ⇐ " + results.get(i).get("explanation"));
            }
        }
        double accuracy = (double) correct / claims.size();
        StringBuilder report = new StringBuilder(String.format("%nTranslation claims: %d, accuracy %.3f, %d found TRANSLATION_VARIANT%n",
                claims.size(), accuracy, variants));
        confusion.forEach((expected, got) -> report.append("  expected ").append(expected).append(": ").append(got).append('\n'));
        misses.forEach(m -> report.append("  miss: ").append(m).append('\n'));
        System.out.println(report);
        assertTrue(accuracy >= MIN_ACCURACY, String.format("accuracy %.3f below %.2f", accuracy, MIN_ACCURACY));
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return JSON.readTree(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = TranslationEvaluationTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " missing from the test resources");
        }
        return in;
    }
}
