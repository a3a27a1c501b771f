package org.quotecheck.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared evaluation data (../shared/eval, or -Deval.dir): real articles with gold quotes and
 * claims with expected verdicts. Read in place, never copied into the project. A clone without it
 * skips the tests that need it, saying why; CI sets -Deval.required=true so it can never skip them.
 */
public final class EvalData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalData() {
    }

    /** Whether the evaluation data is there (tests that need it are skipped, with this reason, when not). */
    public static boolean present() {
        return Files.isDirectory(location().resolve("articles"));
    }

    private static Path location() {
        return Path.of(System.getProperty("eval.dir", "../shared/eval")).toAbsolutePath().normalize();
    }

    /**
     * The evaluation folder. Missing, it aborts the calling test as skipped (a JUnit assumption)
     * with the reason, or fails it when -Deval.required=true.
     */
    public static Path dir() {
        Path dir = location();
        if (!Files.isDirectory(dir.resolve("articles"))) {
            String reason = "Evaluation data not found at " + dir + " (set -Deval.dir=<folder with articles/ and claims.jsonl>)";
            if (Boolean.getBoolean("eval.required")) {
                throw new IllegalStateException(reason + "; -Deval.required=true forbids skipping the evaluation");
            }
            // surefire's console summary counts skips without reasons, so the reason is printed too
            System.out.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        return dir;
    }

    /** Gold article files (NN.json), sorted. */
    public static List<Path> articles() {
        try (Stream<Path> files = Files.list(dir().resolve("articles"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path goldJson) {
        try {
            return Files.readString(Path.of(goldJson.toString().replaceFirst("\\.json$", ".txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> claims() {
        try {
            List<JsonNode> claims = new ArrayList<>();
            for (String line : Files.readAllLines(dir().resolve("claims.jsonl"))) {
                if (!line.isBlank()) {
                    claims.add(JSON.readTree(line));
                }
            }
            return claims;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores every direct and fragment gold quote of every article through the API, as the eval
     * README describes: speaker with its aliases, saidOn = the article's date, the article as source.
     */
    public static void loadGoldStore() {
        for (Path file : articles()) {
            JsonNode article = read(file);
            for (JsonNode speaker : article.path("speakers")) {
                List<String> aliases = new ArrayList<>();
                for (JsonNode alias : speaker.path("aliases")) {
                    String a = alias.asText();
                    // pronouns and descriptions ("he", "the judge") are not names
                    if (!a.matches("(?i)(he|she|they|him|her|it)") && !a.toLowerCase().startsWith("the ")) {
                        aliases.add(a);
                    }
                }
                Map<String, Object> body = new HashMap<>();
                body.put("name", speaker.path("name").asText());
                body.put("aliases", aliases);
                int status = Fixtures.post("/v1/speakers", body).extract().statusCode();
                if (status != 201 && status != 409) {
                    throw new IllegalStateException("could not store speaker " + body + ": " + status);
                }
            }
            Map<String, Object> source = new HashMap<>();
            source.put("url", article.path("url").asText());
            source.put("outlet", article.path("outlet").asText());
            source.put("title", article.path("title").asText());
            if (!article.path("published").isNull()) {
                source.put("publishedOn", article.path("published").asText());
            }
            for (JsonNode quote : article.path("quotes")) {
                String kind = quote.path("kind").asText();
                if (quote.path("speaker").isNull() || !(kind.equals("direct") || kind.equals("fragment"))) {
                    continue;
                }
                Map<String, Object> body = new HashMap<>();
                body.put("text", quote.path("text").asText());
                body.put("speaker", quote.path("speaker").asText());
                if (!article.path("published").isNull()) {
                    body.put("saidOn", article.path("published").asText());
                }
                body.put("source", source);
                body.put("start", quote.path("start").asInt());
                body.put("end", quote.path("end").asInt());
                int status = Fixtures.post("/v1/quotes", body).extract().statusCode();
                if (status != 201 && status != 200) {
                    throw new IllegalStateException("could not store quote " + body + ": " + status);
                }
            }
        }
    }
}
