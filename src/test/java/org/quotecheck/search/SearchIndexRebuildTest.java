package org.quotecheck.search;

import static org.quotecheck.support.IndexContents.activeQuotes;
import static org.quotecheck.support.IndexContents.indexed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.as;
import static org.quotecheck.support.Fixtures.issueKey;
import static org.quotecheck.support.Fixtures.quote;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.Fixtures;
import org.quotecheck.support.OpenSearchProfile;
import org.quotecheck.support.OpenSearchTestCluster;

/**
 * Rebuilding the OpenSearch index behind its alias: through the API while quotes are added and
 * retracted and claims verified, and, below the API, an indexer that dies mid-rebuild and the next
 * one that finishes it. Small batches, so that a rebuild takes many steps and the writes land
 * among them.
 */
@QuarkusTest
@TestProfile(SearchIndexRebuildTest.SmallBatches.class)
class SearchIndexRebuildTest {

    private static final String REBUILDS = "/v1/admin/search-index/rebuilds";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The opensearch backend writing 50 quotes a batch. */
    public static class SmallBatches extends OpenSearchProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("quotecheck.search.opensearch.batch-size", "50");
            return overrides;
        }
    }

    @ConfigProperty(name = "quotecheck.search.opensearch.url")
    String url;
    @ConfigProperty(name = "quotecheck.search.opensearch.index")
    String alias;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private OpenSearchClient client() {
        return new OpenSearchClient(url, Optional.empty(), Optional.empty(), Duration.ofSeconds(30));
    }

    @Test
    void shouldRebuildBehindTheAliasWhileQuotesChangeWithEveryVerifyAnswered() throws Exception {
        String speaker = "Kassym-Jomart Tokayev " + uniqueWord();
        String word = uniqueWord();
        importQuotes(speaker, word, 600);
        awaitIndexed();
        String first = alias + "-1";
        assertEquals(List.of(first), aliasTargets(alias), "the first start made the first index behind the alias");

        AtomicBoolean over = new AtomicBoolean();
        AtomicInteger verifies = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        List<String> failedVerifies = Collections.synchronizedList(new ArrayList<>());
        // a changed word: only the candidate search finds the quote (the exact-wording look-up would not)
        String claim = "The " + word + " corridor number 7 will carry grain from Astana to the ports by summer";
        Thread verifying = new Thread(() -> {
            while (!over.get() && verifies.get() < 5_000) {
                Response answer = api().contentType(ContentType.JSON).body(Map.of("text", claim, "speaker", speaker)).post("/v1/verify");
                String verdict = answer.statusCode() == 200 ? answer.path("verdict") : null;
                String findings = answer.statusCode() == 200 ? String.valueOf((Object) answer.path("findings")) : "";
                if (!"ALTERED".equals(verdict) || findings.contains("EXACT_WORDING_ONLY")) {
                    failedVerifies.add(answer.statusCode() + " " + answer.asString());
                }
                verifies.incrementAndGet();
            }
        }, "verifying");
        Thread writing = new Thread(() -> {
            List<String> added = new ArrayList<>();
            while (!over.get() && writes.get() < 2_000) {
                added.add(Fixtures.createQuote("The " + word + " talks in Astana went on, round " + writes.get() + " " + uniqueWord(), speaker));
                if (added.size() % 3 == 0) {
                    api().queryParam("reason", "Duplicate of a longer quote").delete("/v1/quotes/" + added.get(added.size() - 2));
                }
                writes.incrementAndGet();
            }
        }, "writing");
        verifying.start();
        writing.start();

        Response started = api().post(REBUILDS);
        started.then().statusCode(202).body("state", equalTo("pending")).body("alias", equalTo(alias));
        String id = started.path("id");
        assertEquals(REBUILDS + "/" + id, started.header("Location"));
        assertProblem(api().post(REBUILDS).then(), 409, "rebuild-in-progress").body("existingId", equalTo(id));
        assertProblem(as(issueKey("editor")).post(REBUILDS).then(), 403, "forbidden").body("requiredRole", equalTo("admin"));
        assertProblem(as(issueKey("reader")).get(REBUILDS + "/" + id).then(), 403, "forbidden");

        JsonPath rebuild = follow(id);
        over.set(true);
        verifying.join();
        writing.join();

        assertEquals("done", rebuild.getString("state"), rebuild.prettify());
        assertEquals(first, rebuild.getString("oldIndex"));
        String second = alias + "-2";
        assertEquals(second, rebuild.getString("newIndex"));
        assertTrue(rebuild.getLong("indexedQuotes") >= 600, rebuild.prettify());
        assertNotNull(rebuild.getString("swappedAt"));
        assertNotNull(rebuild.getString("finishedAt"));
        assertTrue(writes.get() > 0 && verifies.get() > 0, writes + " writes, " + verifies + " verifies");
        assertEquals(List.of(), failedVerifies, "verifies that failed during the rebuild");

        awaitIndexed();
        assertEquals(List.of(second), aliasTargets(alias), "the alias names the new index");
        assertEquals(404, client().get(first).status(), "the old index is deleted");
        try (Connection c = session()) {
            assertEquals(activeQuotes(c), indexed(client(), alias), "the new index holds every active quote of the table, at its change number");
        }
        api().get(REBUILDS + "/" + id).then().statusCode(200).body("state", equalTo("done"));
        String next = api().post(REBUILDS).then().statusCode(202).extract().path("id"); // and the next may start, from the new index
        assertEquals(second, follow(next).getString("oldIndex"));
    }

    @Test
    void shouldLeaveTheOldIndexServingWhenTheIndexerDiesMidRebuildAndLetTheNextOneFinishIt() throws Exception {
        importQuotes("Shavkat Mirziyoyev " + uniqueWord(), uniqueWord(), 200);
        String own = OpenSearchTestCluster.uniqueIndex("resumed");
        OpenSearchClient client = client();
        long id;
        try (Connection first = session()) {
            assertTrue(ChangeFeedIndexer.tryLock(first, own));
            AliasIndexer dying = new AliasIndexer(client, own, 1, 0, 20, Duration.ZERO);
            dying.open(first);
            long newest = newestChange(first);
            for (int steps = 0; steps < 2_000 && dying.checkpoint() < newest; steps++) {
                pace(dying.step(first));
            }
            assertEquals(newest, dying.checkpoint(), "the live index caught up");
            id = RebuildQueries.request(first, own, "test").orElseThrow();
            for (int steps = 0; steps < 2_000 && RebuildQueries.find(first, id).orElseThrow().indexed() == 0; steps++) {
                pace(dying.step(first));
            }
            Rebuild midway = RebuildQueries.find(first, id).orElseThrow();
            assertEquals(RebuildState.INDEXING, midway.state());
            assertEquals(20, midway.indexed(), "it died after the first batch: " + midway);
        } // the pod is gone, and its lock with it
        assertEquals(List.of(own + "-1"), aliasTargets(own), "the old index still serves");
        try (Connection next = session()) {
            assertTrue(ChangeFeedIndexer.tryLock(next, own));
            AliasIndexer resumed = new AliasIndexer(client, own, 1, 0, 20, Duration.ZERO);
            resumed.open(next);
            for (int steps = 0; steps < 2_000 && RebuildQueries.find(next, id).orElseThrow().state() != RebuildState.DONE; steps++) {
                pace(resumed.step(next));
            }
            Rebuild done = RebuildQueries.find(next, id).orElseThrow();
            assertEquals(RebuildState.DONE, done.state(), done.toString());
            assertEquals(own + "-2", done.newIndex());
            assertEquals(List.of(own + "-2"), aliasTargets(own));
            assertEquals(404, client.get(own + "-1").status(), "the old index is deleted");
            assertEquals(activeQuotes(next), indexed(client(), own));
        } finally {
            client.delete(own + "-*");
        }
    }

    @Test
    void shouldTurnAnIndexFromBeforeAliasesIntoAnAliasByARebuildOfItsOwn() throws Exception {
        importQuotes("Sadyr Japarov " + uniqueWord(), uniqueWord(), 100);
        String own = OpenSearchTestCluster.uniqueIndex("legacy");
        OpenSearchClient client = client();
        OpenSearchIndex legacy = new OpenSearchIndex(client, own);
        legacy.createIfMissing(1, 0); // as versions before aliases made it, fed under its own name
        try (Connection c = session()) {
            assertTrue(ChangeFeedIndexer.tryLock(c, own));
            ChangeFeedIndexer before = new ChangeFeedIndexer(own, legacy, 50);
            long newest = newestChange(c);
            for (int steps = 0; steps < 2_000 && before.checkpoint() < newest; steps++) {
                pace(before.step(c));
            }
            AliasIndexer upgraded = new AliasIndexer(client, own, 1, 0, 50, Duration.ZERO);
            upgraded.open(c);
            assertEquals(own, upgraded.live(), "the old index serves while its successor fills");
            Rebuild started = RebuildQueries.unfinished(c, own).orElseThrow();
            assertEquals(AliasIndexer.UPGRADE, started.requestedBy());
            for (int steps = 0; steps < 2_000 && RebuildQueries.find(c, started.id()).orElseThrow().state() != RebuildState.DONE; steps++) {
                pace(upgraded.step(c));
            }
            Rebuild done = RebuildQueries.find(c, started.id()).orElseThrow();
            assertEquals(RebuildState.DONE, done.state(), done.toString());
            assertEquals(List.of(own + "-1"), aliasTargets(own), "the name is an alias now");
            assertEquals(newest, ChangeFeedIndexer.savedCheckpoint(c, own), "the feed goes on under the alias's name where the new index stands");
            assertEquals(activeQuotes(c), indexed(client(), own));
        } finally {
            client.delete(own + "-*");
        }
    }

    /** Waits until readiness reports no lag, then makes the last writes searchable; the bound only keeps a stuck indexer from hanging the build. */
    private void awaitIndexed() throws InterruptedException {
        Object lag = null;
        for (int polls = 0; polls < 600; polls++) {
            lag = given().get("/q/health/ready").then().extract().path("checks.find { it.name == 'search-index' }.data.lagQuotes");
            if (lag instanceof Number n && n.longValue() == 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertTrue(lag instanceof Number n && n.longValue() == 0, "the indexer caught up with the table (lag " + lag + ")");
        client().post(alias + "/_refresh", OpenSearchClient.json().createObjectNode());
    }

    /** Between steps that wrote nothing, a pause as the service's indexer makes (a round waits for transactions to end). */
    private static void pace(int written) throws InterruptedException {
        if (written == 0) {
            Thread.sleep(10);
        }
    }

    /** Imports {@code count} quotes of the speaker, each holding {@code word}; one of them is what the verifies claim with a word changed. */
    private static void importQuotes(String speaker, String word, int count) throws Exception {
        Fixtures.createSpeaker(speaker, List.of());
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Map<String, Object> line = quote("The " + word + " corridor number " + i + " will carry grain from Astana to the ports by winter", speaker, uniqueUrl());
            ndjson.append(JSON.writeValueAsString(line)).append('\n');
        }
        String job = Fixtures.importAndWait(ndjson.toString());
        api().get("/v1/imports/" + job).then().body("status", equalTo("done")).body("accepted", equalTo(count));
    }

    /** Polls the rebuild until it has ended; the bound only keeps a rebuild that never ends from hanging the build. */
    private static JsonPath follow(String id) throws InterruptedException {
        JsonPath rebuild = null;
        for (int polls = 0; polls < 1_200; polls++) {
            rebuild = api().get(REBUILDS + "/" + id).then().statusCode(200).extract().jsonPath();
            if (List.of("done", "failed").contains(rebuild.getString("state"))) {
                break;
            }
            Thread.sleep(100);
        }
        return rebuild;
    }

    private List<String> aliasTargets(String name) {
        List<String> indexes = new ArrayList<>();
        client().get("_alias/" + name).body().fieldNames().forEachRemaining(indexes::add);
        return indexes;
    }

    private Connection session() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private static long newestChange(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select coalesce(pg_sequence_last_value('quote_change_seq'::regclass), 0) as seq");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong("seq");
        }
    }
}
