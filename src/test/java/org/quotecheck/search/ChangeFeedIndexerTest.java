package org.quotecheck.search;

import static org.quotecheck.support.IndexContents.activeQuotes;
import static org.quotecheck.support.IndexContents.indexed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.createSpeaker;
import static org.quotecheck.support.Fixtures.uniqueWord;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.quotecheck.common.PublicId;
import org.quotecheck.support.OpenSearchProfile;
import org.quotecheck.support.OpenSearchTestCluster;
import org.quotecheck.text.TextNormalizer;
import org.quotecheck.verify.engine.CandidateSearch;

/**
 * The indexer that follows the quote change feed into OpenSearch: one at a time, resuming from its
 * checkpoint after dying mid-batch with nothing lost, and never skipping a change committed after
 * a higher-numbered one. Each test indexes into an index of its own (not the service's), with its
 * own connections, as another pod would.
 */
@QuarkusTest
@TestProfile(OpenSearchProfile.class)
class ChangeFeedIndexerTest {

    private static final AtomicLong IDS = new AtomicLong(910_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final OpenSearchClient client = new OpenSearchClient(OpenSearchTestCluster.url(), Optional.empty(), Optional.empty(), Duration.ofSeconds(30));

    /** A session of its own, as a pod's indexer has: its advisory lock ends with it (a pooled connection would keep it). */
    private Connection session() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private OpenSearchIndex newIndex(String prefix) {
        OpenSearchIndex index = new OpenSearchIndex(client, OpenSearchTestCluster.uniqueIndex(prefix));
        index.createIfMissing(1, 0);
        return index;
    }

    /** Inserts a quote as another pod would; returns its change number. */
    private static long insert(Connection c, long speakerId, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into quote (id, text, normalized_text, speaker_id) values (?, ?, ?, ?) returning change_seq")) {
            ps.setLong(1, IDS.incrementAndGet());
            ps.setString(2, text);
            ps.setString(3, TextNormalizer.instance().key(text));
            ps.setLong(4, speakerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong("change_seq");
            }
        }
    }

    /** Steps the indexer until its checkpoint reaches {@code seq}; the deadline only keeps a broken indexer from hanging the build. */
    private static void drain(ChangeFeedIndexer indexer, Connection c, long seq) throws Exception {
        for (int steps = 0; steps < 1000 && indexer.checkpoint() < seq; steps++) {
            indexer.step(c);
            Thread.sleep(10);
        }
        assertTrue(indexer.checkpoint() >= seq, "the indexer reached change " + seq + " (at " + indexer.checkpoint() + ")");
    }

    private static long maxSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select max(change_seq) as seq from quote"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong("seq");
        }
    }

    /** Writes the first batch, then half of the second, and dies. */
    private static final class DyingWrites implements IndexWrites {
        private final OpenSearchIndex index;
        private int batches;

        DyingWrites(OpenSearchIndex index) {
            this.index = index;
        }

        @Override
        public void write(List<CandidateSearch.Entry> entries) {
            if (++batches < 2) {
                index.write(entries);
                return;
            }
            index.write(entries.subList(0, entries.size() / 2));
            throw new IllegalStateException("the pod was killed mid-batch");
        }
    }

    @Test
    void shouldResumeFromTheCheckpointAfterDyingMidBatchAndLoseNothing() throws Exception {
        OpenSearchIndex index = newIndex("crash");
        long speakerId = PublicId.SPEAKER.parse(createSpeaker("Shavkat Mirziyoyev " + uniqueWord(), List.of()));
        try (Connection writer = session()) {
            for (int i = 0; i < 35; i++) {
                insert(writer, speakerId, "The " + uniqueWord() + " corridor will carry grain to Astana, said the minister, number " + i);
            }
        }
        long checkpointAtDeath;
        try (Connection first = session()) {
            assertTrue(ChangeFeedIndexer.tryLock(first, index.name()));
            try (Connection other = session()) {
                assertFalse(ChangeFeedIndexer.tryLock(other, index.name()), "a second indexer waits while the first holds the lock");
            }
            ChangeFeedIndexer dying = new ChangeFeedIndexer(index.name(), new DyingWrites(index), 10);
            assertThrows(IllegalStateException.class, () -> drain(dying, first, maxSeq(first)));
            checkpointAtDeath = ChangeFeedIndexer.savedCheckpoint(first, index.name());
        } // the pod is gone: its session ends and the lock with it
        try (Connection next = session()) {
            assertTrue(checkpointAtDeath > 0 && checkpointAtDeath < maxSeq(next), "it died between the first batch and the end: " + checkpointAtDeath);
            assertTrue(ChangeFeedIndexer.tryLock(next, index.name()), "another pod takes over");
            ChangeFeedIndexer resumed = new ChangeFeedIndexer(index.name(), index, 10);
            drain(resumed, next, maxSeq(next));
            assertEquals(activeQuotes(next), indexed(client, index.name()), "every quote once, at its change number as version");
            assertEquals(maxSeq(next), ChangeFeedIndexer.savedCheckpoint(next, index.name()));
        } finally {
            index.delete();
        }
    }

    @Test
    void shouldNotSkipAChangeCommittedAfterAHigherOne() throws Exception {
        OpenSearchIndex index = newIndex("order");
        long speakerId = PublicId.SPEAKER.parse(createSpeaker("Ilham Aliyev " + uniqueWord(), List.of()));
        try (Connection indexing = session(); Connection slow = session(); Connection fast = session()) {
            assertTrue(ChangeFeedIndexer.tryLock(indexing, index.name()));
            ChangeFeedIndexer indexer = new ChangeFeedIndexer(index.name(), index, 100);
            drain(indexer, indexing, maxSeq(indexing));
            slow.setAutoCommit(false);
            long early = insert(slow, speakerId, "The " + uniqueWord() + " talks in Astana went on all night");
            long late = insert(fast, speakerId, "The " + uniqueWord() + " talks in Astana ended before dawn");
            assertTrue(late > early);
            for (int steps = 0; steps < 20; steps++) {
                indexer.step(indexing);
                Thread.sleep(10);
            }
            assertTrue(indexer.checkpoint() < early, "the checkpoint waits for the open transaction holding change " + early);
            slow.commit();
            drain(indexer, indexing, late);
            assertEquals(activeQuotes(indexing), indexed(client, index.name()));
        } finally {
            index.delete();
        }
    }
}
