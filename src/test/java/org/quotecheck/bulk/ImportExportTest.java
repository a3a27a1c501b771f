package org.quotecheck.bulk;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.as;
import static org.quotecheck.support.Fixtures.issueKey;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.quotecheck.support.OwnDatabaseProfile;
import org.quotecheck.support.ThrowawayDatabase;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Import and export on a database of the test's own, so that "an empty store" really is one. */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
class ImportExportTest {

    static final String NDJSON = "application/x-ndjson";

    @Inject
    AgroalDataSource db;

    private static String export() {
        return api().get("/v1/exports").then().statusCode(200).contentType(startsWith(NDJSON)).extract().asString();
    }

    private static io.restassured.response.ValidatableResponse importNow(String format, byte[] body) {
        return api().contentType(NDJSON).queryParam("format", format).queryParam("wait", true).body(body).post("/v1/imports").then();
    }

    private void emptyTheStore() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate table factcheck_evidence, factcheck, appearance, quote, speaker_alias, speaker_role, source, speaker,"
                    + " quote_aud, appearance_aud, speaker_aud, speaker_alias_aud, speaker_role_aud, source_aud, factcheck_aud,"
                    + " factcheck_evidence_aud, revinfo, import_job, idempotency_key cascade");
        }
    }

    @Test
    void shouldRoundTripExactlyWhenAnExportIsImportedIntoAnEmptyStore() throws Exception {
        emptyTheStore();
        api().contentType(ContentType.JSON).body(Map.of("name", "Vladimir Putin", "aliases", List.of("Putin", "Владимир Путин"), "wikidataId", "Q7747",
                "description", "President of Russia", "roles", List.of(Map.of("title", "President", "organization", "Russia", "from", "2012-05-07"))))
                .post("/v1/speakers").then().statusCode(201);
        Map<String, Object> first = Map.of("text", "Russian-Chinese relations are experiencing their best period in history,", "speaker", "Putin",
                "saidOn", "2024-07-03", "language", "en", "context", "SCO summit, Astana", "start", 10, "end", 80,
                "source", Map.of("url", "https://www.dw.com/en/a-69550350", "outlet", "DW", "publishedOn", "2024-07-03", "kind", "article",
                        "agencies", List.of("AFP", "Reuters")));
        String id = api().contentType(ContentType.JSON).body(first).post("/v1/quotes").then().statusCode(201).extract().path("id");
        api().contentType(ContentType.JSON).body(Map.of("text", "Russian-Chinese relations are experiencing their best period in history,",
                "speaker", "Putin", "source", Map.of("url", "https://tass.example/putin", "outlet", "TASS", "publishedOn", "2024-07-02", "kind", "transcript")))
                .post("/v1/quotes").then().statusCode(200);
        api().contentType(ContentType.JSON).body(Map.of("text", "old friend", "speaker", "Xi Jinping", "saidOn", "2024-07-03",
                "source", Map.of("url", "https://www.dw.com/en/a-69550350"))).post("/v1/quotes").then().statusCode(201);
        api().queryParam("reason", "Test of retraction").delete("/v1/quotes/" + id).then().statusCode(200);

        String before = export();
        assertEquals(3, before.lines().count(), before);
        emptyTheStore();
        importNow("quotecheck", before.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("status", equalTo("done")).body("linesRead", equalTo(3)).body("accepted", equalTo(2))
                .body("duplicates", equalTo(1)).body("rejectedCount", equalTo(0));
        assertEquals(before, export(), "export → import → export gives the same file");
        api().queryParam("q", "best period in history").queryParam("status", "retracted").get("/v1/quotes").then()
                .body("data[0].appearanceCount", equalTo(2)).body("data[0].earliestSource.outlet", equalTo("TASS"))
                .body("data[0].retractionReason", equalTo("Test of retraction"));
        api().queryParam("q", "Путин").get("/v1/speakers").then().body("data[0].wikidataId", equalTo("Q7747"));

        importNow("quotecheck", before.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(3)).body("rejectedCount", equalTo(0));
        assertEquals(before, export(), "re-running the import adds nothing");
    }

    @Test
    void shouldRejectBadLinesWithTheirNumbersWhenTheRestImports() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"text\":\"Good line one\",\"speaker\":\"Importer One\",\"source\":{\"url\":\"https://imp.example/1\"}}\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes("{\"text\": broken json\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("{\"text\":\"" + "x".repeat(70_000) + "\",\"speaker\":\"A\",\"source\":{\"url\":\"https://imp.example/2\"}}\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {'{', '"', 't', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        body.writeBytes("{\"speaker\":\"No Text\",\"source\":{\"url\":\"https://imp.example/3\"}}\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\n[1,2,3]\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes("{\"text\":\"Good line two\",\"speaker\":\"Importer One\",\"source\":{\"url\":\"https://imp.example/4\"},\"unknown\":1}\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes("{\"text\":\"Good line three\",\"speaker\":\"Importer One\",\"source\":{\"url\":\"https://imp.example/5\"}}".getBytes(StandardCharsets.UTF_8));
        var r = importNow("quotecheck", body.toByteArray()).statusCode(200)
                .body("linesRead", equalTo(8)).body("accepted", equalTo(2)).body("rejectedCount", equalTo(6))
                .body("rejected.line", equalTo(List.of(2, 3, 4, 5, 6, 7)))
                .body("rejected[1].error", equalTo("line over 64 KiB"))
                .body("rejected[2].error", equalTo("invalid UTF-8"))
                .body("rejected[3].error", startsWith("text:"))
                .extract();
        assertTrue(r.path("rejected[5].error").toString().contains("unknown"), r.asString());
        api().queryParam("speaker", "Importer One").get("/v1/quotes").then().body("data.text", equalTo(List.of("Good line three", "Good line one")));
    }

    @Test
    void shouldMapQuotebankLinesWhenFormatIsQuotebank() {
        String lines = "{\"quoteID\":\"2015-07-24-000001\",\"quotation\":\"for us not to be able to resolve that issue has been something that is distressing\","
                + "\"speaker\":\"Barack Obama\",\"qids\":[\"Q76\"],\"date\":\"2015-07-24 00:00:00\",\"numOccurrences\":2,"
                + "\"probas\":[[\"Barack Obama\",\"0.91\"],[\"None\",\"0.09\"]],\"urls\":[\"http://www.bbc.com/news/world-us-canada-33646108\","
                + "\"http://example.com/obama-guns\"],\"phase\":\"E\"}\n"
                + "{\"quoteID\":\"2015-07-24-000002\",\"quotation\":\"nobody knows who said this\",\"speaker\":\"None\",\"qids\":[],"
                + "\"date\":\"2015-07-24 00:00:00\",\"numOccurrences\":1,\"probas\":[[\"None\",\"0.8\"]],\"urls\":[\"http://example.com/x\"],\"phase\":\"E\"}\n";
        importNow("quotebank", lines.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("accepted", equalTo(1)).body("rejectedCount", equalTo(1)).body("rejected[0].line", equalTo(2))
                .body("rejected[0].error", startsWith("speaker: unattributed"));
        api().queryParam("q", "Resolve That Issue Has Been Something That Is Distressing").get("/v1/quotes").then()
                .body("data[0].speaker.name", equalTo("Barack Obama")).body("data[0].appearanceCount", equalTo(2))
                .body("data[0].saidOn", equalTo("2015-07-24"));
        api().queryParam("q", "Obama").get("/v1/speakers").then().body("data[0].wikidataId", equalTo("Q76"));
    }

    @Test
    void shouldRunInTheBackgroundAndBeFollowedWhenNotWaitedFor() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            sb.append("{\"text\":\"Background line ").append((char) ('a' + i % 26)).append((char) ('a' + i / 26))
                    .append("\",\"speaker\":\"Background Speaker\",\"source\":{\"url\":\"https://bg.example/").append(i).append("\"}}\n");
        }
        var started = api().contentType(NDJSON).body(sb.toString().getBytes(StandardCharsets.UTF_8)).post("/v1/imports").then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/v1/imports/imp_")).extract();
        String location = started.header("Location").replaceFirst("^.*?/v1/", "/v1/");
        String status = "queued";
        for (int i = 0; i < 100 && !status.equals("done"); i++) {
            Thread.sleep(100);
            status = api().get(location).then().statusCode(200).extract().path("status");
        }
        assertEquals("done", status);
        api().get(location).then().body("accepted", equalTo(50)).body("linesRead", equalTo(50));
    }

    @Test
    void shouldRefuseWhatCannotBeImportedWithAProblem() {
        assertFieldProblem(api().contentType(NDJSON).queryParam("format", "csv").body("{}".getBytes(StandardCharsets.UTF_8)).post("/v1/imports").then(), 400, "invalid-parameter", "format");
        assertProblem(api().contentType(NDJSON).body(new byte[0]).post("/v1/imports").then(), 400, "validation-failed");
        assertProblem(as(issueKey("reader")).contentType(NDJSON).body("{}".getBytes(StandardCharsets.UTF_8)).post("/v1/imports").then(), 403, "forbidden");
        assertProblem(api().get("/v1/imports/imp_zzzzzz").then(), 404, "not-found");
        assertFieldProblem(api().queryParam("format", "quotebank").get("/v1/exports").then(), 400, "invalid-parameter", "format");
    }
}
