package org.quotecheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotecheck.extract.engine.ExtractedQuote;
import org.quotecheck.extract.engine.QuoteExtractor;
import org.quotecheck.support.EvalData;

/**
 * Runs the extraction engine over every public evaluation article, writes predictions in the
 * scorer's format under target/extraction-eval and scores them with the shared scorer
 * (score_extraction.py), printing each article's figures. Fails below floors set just under what the
 * engine reaches; skipped, saying why, where the evaluation data is not there.
 */
class ExtractionEvaluationTest {

    static final double MIN_END_TO_END_F1 = 0.90;
    static final double MIN_ATTRIBUTION = 0.935;
    static final double MIN_EXTRACTION_F1 = 0.96;

    @BeforeAll
    static void evaluationDataIsThere() {
        EvalData.dir(); // skipped with the reason when the data is missing, failed when -Deval.required=true
    }

    @Test
    void shouldReachTheFloorsWhenExtractingTheEvaluationArticles() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path out = Path.of("target", "extraction-eval");
        Files.createDirectories(out);
        QuoteExtractor extractor = new QuoteExtractor();
        for (Path gold : EvalData.articles()) {
            String text = EvalData.text(gold);
            List<Map<String, Object>> quotes = new ArrayList<>();
            for (ExtractedQuote q : extractor.extract(text).quotes()) {
                if (q.kind() == ExtractedQuote.Kind.SCARE) {
                    continue;
                }
                assertEquals(q.text(), text.substring(q.start(), q.end()), "offsets point at the quoted words");
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("text", q.text());
                p.put("speaker", q.speaker());
                p.put("start", q.start());
                p.put("end", q.end());
                quotes.add(p);
            }
            json.writeValue(out.resolve(gold.getFileName()).toFile(), Map.of("quotes", quotes));
        }
        Process scorer = new ProcessBuilder("python3", EvalData.dir().resolve("score/score_extraction.py").toString(),
                EvalData.dir().resolve("articles").toString(), out.toString(), "--json").redirectErrorStream(true).start();
        String output = new String(scorer.getInputStream().readAllBytes());
        assertEquals(0, scorer.waitFor(), output);
        Process details = new ProcessBuilder("python3", EvalData.dir().resolve("score/score_extraction.py").toString(),
                EvalData.dir().resolve("articles").toString(), out.toString(), "--details").redirectErrorStream(true).start();
        String report = new String(details.getInputStream().readAllBytes());
        details.waitFor();
        Files.writeString(out.resolve("report.txt"), report);
        JsonNode scores = json.readTree(output.substring(output.indexOf('{')));
        scores.path("articles").fields().forEachRemaining(article -> System.out.printf(
                "article %s: extraction P %.3f R %.3f F1 %.3f, attribution %.3f, end-to-end F1 %.3f%n", article.getKey(),
                article.getValue().path("precision").asDouble(), article.getValue().path("recall").asDouble(),
                article.getValue().path("f1").asDouble(), article.getValue().path("attribution_accuracy").asDouble(),
                article.getValue().path("e2e_f1").asDouble()));
        JsonNode overall = scores.path("micro");
        System.out.printf("Extraction F1 %.3f, attribution %.3f, end-to-end F1 %.3f%n", overall.path("f1").asDouble(),
                overall.path("attribution_accuracy").asDouble(), overall.path("e2e_f1").asDouble());
        assertTrue(overall.path("e2e_f1").asDouble() >= MIN_END_TO_END_F1, overall.toString());
        assertTrue(overall.path("attribution_accuracy").asDouble() >= MIN_ATTRIBUTION, overall.toString());
        assertTrue(overall.path("f1").asDouble() >= MIN_EXTRACTION_F1, overall.toString());
    }
}
