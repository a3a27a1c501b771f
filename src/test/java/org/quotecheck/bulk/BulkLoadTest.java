package org.quotecheck.bulk;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.createQuote;
import static org.quotecheck.support.Fixtures.importAndWait;
import static org.quotecheck.support.Fixtures.uniqueWord;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.OwnDatabaseProfile;

/** A bulk load (here: from 20 lines on) defers index maintenance and foreign-key checks and leaves every index built and every key checked. */
@QuarkusTest
@TestProfile(BulkLoadTest.SmallBulkLoads.class)
class BulkLoadTest {

    public static class SmallBulkLoads extends OwnDatabaseProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("quotecheck.imports.defer-indexes-from", "20");
            return overrides;
        }
    }

    @Inject
    AgroalDataSource db;

    @Inject
    DeferredIndexes deferredIndexes;

    private int count(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private int deferrableIndexesPresent() throws Exception {
        return count("select count(*) from pg_indexes where indexname in ('" + String.join("', '", DeferredIndexes.DEFERRABLE) + "')");
    }

    private int foreignKeysChecked() throws Exception {
        return count("select count(*) from pg_constraint where convalidated and conname in ('"
                + String.join("', '", DeferredIndexes.DEFERRABLE_FOREIGN_KEYS) + "')");
    }

    @Test
    void shouldBuildEveryIndexAndAnswerQueriesWhenABulkLoadEnds() throws Exception {
        String marker = "zephyrine" + System.nanoTime() % 100000;
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            ndjson.append("{\"text\": \"Bulk line ").append(i).append(" about the ").append(marker).append(" pipeline and harbour number ").append(i * 7)
                    .append("\", \"speaker\": \"Bulk Speaker ").append(i % 3).append("\", \"saidOn\": \"2024-07-03\", \"source\": {\"url\": \"https://bulk.example/")
                    .append(marker).append('/').append(i % 10).append("\", \"outlet\": \"DW\"}}\n");
        }
        api().contentType("application/x-ndjson").queryParam("format", "quotecheck").queryParam("wait", true)
                .body(ndjson.toString().getBytes(StandardCharsets.UTF_8)).post("/v1/imports").then()
                .statusCode(200).body("status", equalTo("done")).body("accepted", equalTo(60)).body("rejectedCount", equalTo(0));

        assertEquals(DeferredIndexes.DEFERRABLE.size(), deferrableIndexesPresent(), "every deferred index is built again");
        assertEquals(DeferredIndexes.DEFERRABLE_FOREIGN_KEYS.size(), foreignKeysChecked(), "every deferred foreign key is back and checked");
        assertEquals(0, count("select count(*) from deferred_index"));
        assertEquals(1, count("select count(*) from search_word where word = '" + marker + "'"), "the vocabulary has the new words");
        String id = api().queryParam("q", "bulk line 17 " + marker).get("/v1/quotes").then().statusCode(200)
                .body("data.text", hasItem("Bulk line 17 about the " + marker + " pipeline and harbour number 119"))
                .extract().path("data.find { it.text == 'Bulk line 17 about the " + marker + " pipeline and harbour number 119' }.id");
        // the audit rows of a bulk load are written at its end, one revision for the whole import
        api().get("/v1/quotes/" + id + "/history").then().statusCode(200)
                .body("revisions.action", hasItem("created")).body("revisions[0].actor", equalTo("bootstrap-admin"));
        api().contentType(ContentType.JSON).body(Map.of("text", "Bulk line 17 about the " + marker + " pipeline and harbour number 119", "speaker", "Bulk Speaker 2"))
                .post("/v1/verify").then().statusCode(200).body("verdict", equalTo("VERIFIED"));
    }

    @Test
    void shouldCreateNewSpeakersWhenAnImportRunsInTheBackground() throws Exception {
        String marker = "quillwort" + System.nanoTime() % 100000;
        StringBuilder ndjson = new StringBuilder();
        // long enough to outlive the request that started it (the background thread has no request scope)
        for (int i = 0; i < 1500; i++) {
            ndjson.append("{\"text\": \"Background line ").append(i).append(' ').append(marker).append("\", \"speaker\": {\"name\": \"Background Speaker ")
                    .append(marker).append(' ').append(i % 300).append("\", \"aliases\": [\"BS ").append(marker).append(' ').append(i % 300)
                    .append("\"]}, \"source\": {\"url\": \"https://background.example/").append(marker).append('/').append(i).append("\"}}\n");
        }
        String id = importAndWait(ndjson.toString());
        api().get("/v1/imports/" + id).then().body("status", equalTo("done")).body("accepted", equalTo(1500)).body("rejectedCount", equalTo(0));
        assertEquals(300, count("select count(*) from speaker where name like 'Background Speaker " + marker + "%'"));
    }

    @Test
    void shouldRebuildIndexesLeftDeferredWhenAnImportWasInterrupted() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // what a crash between "drop" and "build" leaves behind
            s.execute("insert into deferred_index (name, definition) select indexname, indexdef from pg_indexes where indexname = 'quote_said_on_idx'");
            s.execute("drop index quote_said_on_idx");
        }
        assertEquals(0, count("select count(*) from pg_indexes where indexname = 'quote_said_on_idx'"));
        deferredIndexes.rebuild();
        assertEquals(1, count("select count(*) from pg_indexes where indexname = 'quote_said_on_idx'"));
        assertEquals(0, count("select count(*) from deferred_index"));
    }

    @Test
    void shouldRestoreAForeignKeyLeftDeferredWhenAnImportWasInterrupted() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into deferred_index (name, definition) select conname, 'ALTER TABLE appearance ADD CONSTRAINT ' || conname || ' '"
                    + " || pg_get_constraintdef(oid) from pg_constraint where conname = 'appearance_source_id_fkey'");
            s.execute("alter table appearance drop constraint appearance_source_id_fkey");
        }
        assertEquals(DeferredIndexes.DEFERRABLE_FOREIGN_KEYS.size() - 1, foreignKeysChecked());
        deferredIndexes.rebuild();
        assertEquals(DeferredIndexes.DEFERRABLE_FOREIGN_KEYS.size(), foreignKeysChecked());
        assertEquals(0, count("select count(*) from deferred_index"));
    }

    @Test
    void shouldCheckNewRowsAndKeepTheKeyPendingWhenRowsWrittenMeanwhileBreakIt() throws Exception {
        String quoteId = createQuote("Rows written while the keys were away " + uniqueWord(), "Deferred Key Speaker");
        long quote = org.quotecheck.common.PublicId.QUOTE.parse(quoteId);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into deferred_index (name, definition) select conname, 'ALTER TABLE appearance ADD CONSTRAINT ' || conname || ' '"
                    + " || pg_get_constraintdef(oid) from pg_constraint where conname = 'appearance_source_id_fkey'");
            s.execute("alter table appearance drop constraint appearance_source_id_fkey");
            s.execute("insert into appearance (id, quote_id, source_id, created_at) values (nextval('appearance_seq'), " + quote + ", -42, now())");
        }
        deferredIndexes.rebuild();
        // back, but not valid: the broken row is still there, the key stays listed for the next start
        assertEquals(1, count("select count(*) from pg_constraint where conname = 'appearance_source_id_fkey' and not convalidated"));
        assertEquals(1, count("select count(*) from deferred_index where name = 'appearance_source_id_fkey'"));
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.execute("insert into appearance (id, quote_id, source_id, created_at) values (nextval('appearance_seq'), " + quote + ", -43, now())"));
            assertEquals("23503", refused.getSQLState(), "a new row is checked again at once");
            s.execute("delete from appearance where source_id = -42");
        }
        deferredIndexes.rebuild();
        assertEquals(DeferredIndexes.DEFERRABLE_FOREIGN_KEYS.size(), foreignKeysChecked());
        assertEquals(0, count("select count(*) from deferred_index"));
    }
}
