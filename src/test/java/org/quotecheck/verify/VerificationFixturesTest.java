package org.quotecheck.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.ClaimBatches;
import org.quotecheck.support.Fixtures;

/**
 * Verification end to end on invented articles and claims written for the tests
 * (src/test/resources/verify-fixtures): every verdict and every legitimate edit, through the API,
 * on every build. The shared evaluation data (VerificationEvaluationTest) may be absent; these never are.
 */
@QuarkusTest
class VerificationFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldGiveTheExpectedVerdictForEveryFixtureClaim() {
        storeArticles(read("verify-fixtures/articles.json"));
        List<JsonNode> claims = claims();
        List<Map<String, Object>> results = ClaimBatches.verify(claims);
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            JsonNode c = claims.get(i);
            Object verdict = results.get(i).get("verdict");
            if (!c.path("expected").asText().equals(verdict)) {
                misses.add(c.path("expected").asText() + " -> " + verdict + " (" + c.path("note").asText() + "): " + c.path("claim").asText()
                        + "  <= " + results.get(i).get("explanation"));
            }
        }
        assertEquals(List.of(), misses, misses.size() + " of " + claims.size() + " fixture claims got another verdict");
    }

    /** Every speaker (201, or 409 when an earlier run stored it) and every quote with its article as source. */
    static void storeArticles(JsonNode fixture) {
        for (JsonNode article : fixture.path("articles")) {
            for (JsonNode speaker : article.path("speakers")) {
                List<String> aliases = new ArrayList<>();
                speaker.path("aliases").forEach(a -> aliases.add(a.asText()));
                int status = Fixtures.post("/v1/speakers", Map.of("name", speaker.path("name").asText(), "aliases", aliases)).extract().statusCode();
                assertTrue(status == 201 || status == 409, "storing speaker " + speaker + " answered " + status);
            }
            Map<String, Object> source = Map.of("url", article.path("url").asText(), "outlet", article.path("outlet").asText(),
                    "title", article.path("title").asText(), "publishedOn", article.path("published").asText());
            for (JsonNode quote : article.path("quotes")) {
                Map<String, Object> body = Map.of("text", quote.path("text").asText(), "speaker", quote.path("speaker").asText(),
                        "saidOn", article.path("published").asText(), "source", source);
                int status = Fixtures.post("/v1/quotes", body).extract().statusCode();
                assertTrue(status == 201 || status == 200, "storing quote " + quote + " answered " + status);
            }
        }
    }

    static List<JsonNode> claims() {
        List<JsonNode> claims = new ArrayList<>();
        for (String line : text("verify-fixtures/claims.jsonl").split("\n")) {
            if (!line.isBlank()) {
                claims.add(parse(line));
            }
        }
        return claims;
    }

    static JsonNode read(String resource) {
        return parse(text(resource));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = VerificationFixturesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
