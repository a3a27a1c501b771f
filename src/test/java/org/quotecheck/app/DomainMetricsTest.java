package org.quotecheck.app;

import static org.hamcrest.Matchers.containsString;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.post;
import static org.quotecheck.support.Fixtures.uniqueWord;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verdicts, verification and extraction timings and import outcomes reach /q/metrics. */
@QuarkusTest
class DomainMetricsTest {

    @Test
    void shouldCountVerdictsTimeVerificationAndExtractionAndCountImportedLines() {
        post("/v1/verify", Map.of("text", "at their best period in history", "speaker", "Vladimir Putin")).statusCode(200);
        post("/v1/extract", Map.of("text", "\"We are friends,\" Xi said.")).statusCode(200);
        String line = "{\"text\": \"The harbour of " + uniqueWord() + " opens in May\", \"speaker\": \"Port Master " + uniqueWord()
                + "\", \"source\": {\"url\": \"https://news.example.org/" + uniqueWord() + "\"}}\n{not json}\n";
        api().contentType("application/x-ndjson").queryParam("wait", true).body(line.getBytes(StandardCharsets.UTF_8))
                .post("/v1/imports").then().statusCode(200);
        api().get("/q/metrics").then().statusCode(200)
                .body(containsString("quotecheck_verdicts_total{verdict=\"VERIFIED\"}"))
                .body(containsString("quotecheck_verification_seconds_bucket{"))
                .body(containsString("quotecheck_extraction_seconds_bucket{"))
                .body(containsString("quotecheck_import_lines_total{outcome=\"accepted\"}"))
                .body(containsString("quotecheck_import_lines_total{outcome=\"rejected\"}"));
    }
}
