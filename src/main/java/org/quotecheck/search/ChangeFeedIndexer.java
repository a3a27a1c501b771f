package org.quotecheck.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.quotecheck.verify.engine.CandidateSearch;

/**
 * Follows the quote change feed into an index, exactly once in effect. Its connection must hold
 * the index's advisory lock ({@link #tryLock}), so that one indexer at a time writes.
 *
 * <p>Change numbers are taken when a row is written but become visible at commit, so a number can
 * show up after a higher one: reading "everything above the checkpoint" could skip it for good.
 * The indexer therefore moves in rounds: it notes the highest number taken so far;
 * a step later it takes a snapshot of the running transactions (by then every transaction holding
 * a number up to the noted one has its transaction id and is in it); once all of those have ended,
 * every row up to the noted number is final, and it writes them in change order, a batch a step,
 * saving the checkpoint after each batch. A crash between a batch and its checkpoint replays the
 * batch, which the index's external versions make a no-op.
 */
public final class ChangeFeedIndexer {

    private final String index;
    private final IndexWrites writes;
    private final int batchSize;
    private long checkpoint = -1;
    /** The highest change number taken when the round began; -1 between rounds. */
    private long noted = -1;
    /** The running transactions a step after {@link #noted} was read; null until taken. */
    private String snapshot;
    /** True once the snapshot's transactions have ended: the round is writing its batches. */
    private boolean writing;

    public ChangeFeedIndexer(String index, IndexWrites writes, int batchSize) {
        this.index = index;
        this.writes = writes;
        this.batchSize = batchSize;
    }

    /** Takes the index's indexer lock for this connection's session; false if another holds it. */
    public static boolean tryLock(Connection c, String index) throws SQLException {
        return IndexerQueries.tryLock(c, index);
    }

    /** The saved checkpoint of an index (0 before its first batch). */
    public static long savedCheckpoint(Connection c, String index) throws SQLException {
        return IndexerQueries.checkpoint(c, index);
    }

    /** Quotes changed after the index's checkpoint, and the newest change number. */
    public static Lag lag(Connection c, String index) throws SQLException {
        long checkpoint = IndexerQueries.checkpoint(c, index);
        IndexerQueries.Lag lag = IndexerQueries.lag(c, checkpoint);
        return new Lag(checkpoint, lag.quotes(), lag.newestSeq());
    }

    /** How far an index is behind the table. */
    public record Lag(long checkpoint, long quotes, long newestSeq) {
    }

    /** Everything up to this change number is in the index (-1 before the first step). */
    public long checkpoint() {
        return checkpoint;
    }

    /** True between rounds when the last one found nothing new: the caller may wait for a notification. */
    public boolean idle() {
        return noted < 0;
    }

    /**
     * One step of a round; returns the quotes written. Once the round's transactions have ended,
     * each step writes one batch, so that a long round (a rebuild from the start of the feed, a
     * bulk import) leaves the caller room to step other work between batches.
     */
    public int step(Connection c) throws SQLException {
        if (checkpoint < 0) {
            checkpoint = IndexerQueries.checkpoint(c, index);
        }
        if (noted < 0) {
            long taken = IndexerQueries.lastTaken(c);
            if (taken > checkpoint) {
                noted = taken;
            }
            return 0;
        }
        if (snapshot == null) {
            snapshot = IndexerQueries.snapshot(c);
            return 0;
        }
        if (!writing) {
            if (!IndexerQueries.ended(c, snapshot)) {
                return 0;
            }
            writing = true;
        }
        List<CandidateSearch.Entry> rows = IndexerQueries.rows(c, checkpoint, noted, batchSize);
        if (!rows.isEmpty()) {
            writes.write(rows);
            save(c, rows.get(rows.size() - 1).changeSeq());
        }
        if (rows.size() < batchSize) {
            // numbers up to the noted one without a row (rolled back, or since taken again by an update) are done too
            if (checkpoint < noted) {
                save(c, noted);
            }
            noted = -1;
            snapshot = null;
            writing = false;
        }
        return rows.size();
    }

    private void save(Connection c, long seq) throws SQLException {
        IndexerQueries.saveCheckpoint(c, index, seq);
        checkpoint = seq;
    }
}
