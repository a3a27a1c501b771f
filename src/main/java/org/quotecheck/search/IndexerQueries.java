package org.quotecheck.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.quotecheck.verify.engine.CandidateSearch;

/** The SQL of the OpenSearch indexer: its lock, its checkpoint, the change feed's horizon and rows. Rows are read by column name. */
final class IndexerQueries {

    /** One lock per index name, held by the indexer's connection for as long as it indexes. */
    private static final String TRY_LOCK = "select pg_try_advisory_lock(hashtextextended('quotecheck-search-indexer:' || ?, 0)) as locked";

    private static final String CHECKPOINT = "select change_seq from search_index_checkpoint where index_name = ?";

    private static final String SAVE_CHECKPOINT = "insert into search_index_checkpoint (index_name, change_seq, updated_at) values (?, ?, now())"
            + " on conflict (index_name) do update set change_seq = excluded.change_seq, updated_at = now()";

    private static final String FORGET_CHECKPOINT = "delete from search_index_checkpoint where index_name = ?";

    /** The highest change number taken so far (committed or not, or rolled back). */
    private static final String LAST_TAKEN = "select coalesce(pg_sequence_last_value('quote_change_seq'::regclass), 0) as last_seq";

    private static final String SNAPSHOT = "select cast(pg_current_snapshot() as text) as snapshot";

    /** True once every transaction running at the snapshot has ended. */
    private static final String ENDED = "select not exists (select 1 from pg_snapshot_xip(cast(? as pg_snapshot)) x"
            + " where pg_xact_status(x) = 'in progress') as ended";

    private static final String ROWS = "select id, speaker_id, normalized_text, status <> 'retracted' as active, change_seq from quote"
            + " where change_seq > ? and change_seq <= ? order by change_seq limit ?";

    /** Changes the index has not seen yet (an index-only count on change_seq). */
    private static final String LAG = "select count(*) as quotes, coalesce(max(change_seq), 0) as newest from quote where change_seq > ?";

    private IndexerQueries() {
    }

    static boolean tryLock(Connection c, String index) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TRY_LOCK)) {
            ps.setString(1, index);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean("locked");
            }
        }
    }

    static long checkpoint(Connection c, String index) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CHECKPOINT)) {
            ps.setString(1, index);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong("change_seq") : 0;
            }
        }
    }

    static void saveCheckpoint(Connection c, String index, long changeSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SAVE_CHECKPOINT)) {
            ps.setString(1, index);
            ps.setLong(2, changeSeq);
            ps.executeUpdate();
        }
    }

    /** Forgets an index's checkpoint: the index is new (empty), or gone. */
    static void forgetCheckpoint(Connection c, String index) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FORGET_CHECKPOINT)) {
            ps.setString(1, index);
            ps.executeUpdate();
        }
    }

    static long lastTaken(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LAST_TAKEN); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong("last_seq");
        }
    }

    static String snapshot(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SNAPSHOT); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString("snapshot");
        }
    }

    static boolean ended(Connection c, String snapshot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ENDED)) {
            ps.setString(1, snapshot);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean("ended");
            }
        }
    }

    /** Up to {@code limit} quotes changed after {@code after} and up to {@code upTo}, in change order. */
    static List<CandidateSearch.Entry> rows(Connection c, long after, long upTo, int limit) throws SQLException {
        List<CandidateSearch.Entry> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ROWS)) {
            ps.setLong(1, after);
            ps.setLong(2, upTo);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new CandidateSearch.Entry(rs.getLong("id"), rs.getLong("speaker_id"), rs.getString("normalized_text"),
                            rs.getBoolean("active"), rs.getLong("change_seq")));
                }
            }
        }
        return rows;
    }

    /** The index's lag behind the table. */
    record Lag(long quotes, long newestSeq) {
    }

    static Lag lag(Connection c, long checkpoint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LAG)) {
            ps.setLong(1, checkpoint);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Lag(rs.getLong("quotes"), rs.getLong("newest"));
            }
        }
    }
}
