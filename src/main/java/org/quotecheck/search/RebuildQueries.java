package org.quotecheck.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.quotecheck.common.LowercaseEnum;

/** The SQL of search index rebuilds (table search_index_rebuild, migration V13). Rows are read by column name. */
final class RebuildQueries {

    private static final String COLUMNS = "id, alias, state, old_index, new_index, indexed, requested_by, requested_at, started_at, swapped_at, finished_at, error";

    /** Nothing is inserted while another rebuild of the alias is unfinished (the partial unique index). */
    private static final String REQUEST = "insert into search_index_rebuild (alias, state, requested_by) values (?, 'pending', ?)"
            + " on conflict (alias) where state in ('pending', 'indexing', 'swapped') do nothing returning id";

    private static final String FIND = "select " + COLUMNS + " from search_index_rebuild where id = ?";

    private static final String UNFINISHED = "select " + COLUMNS + " from search_index_rebuild where alias = ? and state in ('pending', 'indexing', 'swapped')";

    private static final String STARTED = "update search_index_rebuild set state = 'indexing', old_index = ?, new_index = ?, started_at = now() where id = ?";

    private static final String INDEXED = "update search_index_rebuild set indexed = indexed + ? where id = ?";

    private static final String SWAPPED = "update search_index_rebuild set state = 'swapped', swapped_at = now() where id = ?";

    private static final String DONE = "update search_index_rebuild set state = 'done', finished_at = now() where id = ?";

    private static final String FAILED = "update search_index_rebuild set state = 'failed', error = left(?, 1000), finished_at = now() where id = ?";

    private RebuildQueries() {
    }

    /** A new pending rebuild's id; empty when another rebuild of the alias is unfinished. */
    static Optional<Long> request(Connection c, String alias, String requestedBy) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(REQUEST)) {
            ps.setString(1, alias);
            ps.setString(2, requestedBy);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong("id")) : Optional.empty();
            }
        }
    }

    static Optional<Rebuild> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setLong(1, id);
            return one(ps);
        }
    }

    static Optional<Rebuild> unfinished(Connection c, String alias) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UNFINISHED)) {
            ps.setString(1, alias);
            return one(ps);
        }
    }

    static void started(Connection c, long id, String oldIndex, String newIndex) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STARTED)) {
            ps.setString(1, oldIndex);
            ps.setString(2, newIndex);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    static void addIndexed(Connection c, long id, long quotes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INDEXED)) {
            ps.setLong(1, quotes);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    static void swapped(Connection c, long id) throws SQLException {
        update(c, SWAPPED, id);
    }

    static void done(Connection c, long id) throws SQLException {
        update(c, DONE, id);
    }

    static void failed(Connection c, long id, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FAILED)) {
            ps.setString(1, error);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static Optional<Rebuild> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Rebuild(rs.getLong("id"), rs.getString("alias"), LowercaseEnum.fromValue(RebuildState.class, rs.getString("state")),
                    rs.getString("old_index"), rs.getString("new_index"), rs.getLong("indexed"), rs.getString("requested_by"),
                    instant(rs, "requested_at"), instant(rs, "started_at"), instant(rs, "swapped_at"), instant(rs, "finished_at"), rs.getString("error")));
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
