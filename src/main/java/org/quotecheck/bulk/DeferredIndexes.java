package org.quotecheck.bulk;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.quotecheck.app.QuotecheckConfig;

/**
 * Index maintenance and foreign-key checks deferred for a bulk load into a (nearly) empty store.
 * Maintaining the full-text GIN index row by row is what makes a large import slow; building it
 * once over a million rows takes about ten seconds. The indexes that no import statement needs are
 * dropped before the load and rebuilt after it, two at a time. The foreign keys of quote and
 * appearance are dropped too: checking them row by row locks every referenced speaker, source and
 * quote row (a write-ahead-log record each, and shared row locks when two writers reference the
 * same speaker): 12 of 78 s at a million lines, where checking them once afterwards takes 1 s. They
 * come back unchecked first, so rows written from then on are checked, and are then validated in
 * one pass each. Every definition is recorded first in deferred_index, so that a crash mid-import
 * loses no index and no constraint: the next start restores them.
 * A session advisory lock marks the bulk load, so only one runs and a restarting pod can tell
 * a crashed load from one still running elsewhere.
 */
@ApplicationScoped
public class DeferredIndexes {

    private static final Logger LOG = Logger.getLogger(DeferredIndexes.class);
    /** Indexes no import statement reads (the unique ones that ON CONFLICT needs stay). */
    static final List<String> DEFERRABLE = List.of("quote_search_vector_idx", "quote_text_hash_idx", "quote_said_on_idx", "appearance_source_idx");
    /**
     * Foreign keys the import's rows are checked against in Java already (speakers and sources
     * are resolved before a row is written, quotes are returned by the insert); nothing in the
     * service deletes a speaker, source or quote, so none can break while they are away.
     */
    static final List<String> DEFERRABLE_FOREIGN_KEYS = List.of("quote_speaker_id_fkey", "appearance_quote_id_fkey", "appearance_source_id_fkey");
    private static final String ALTER = "ALTER TABLE ";
    private static final String LOCK = "select pg_try_advisory_lock(hashtext('quotecheck:bulk-load'))";

    private final AgroalDataSource dataSource;
    private final QuotecheckConfig config;
    private final ManagedExecutor executor;

    DeferredIndexes(AgroalDataSource dataSource, QuotecheckConfig config, ManagedExecutor executor) {
        this.dataSource = dataSource;
        this.config = config;
        this.executor = executor;
    }

    /** A bulk load in progress: holds the lock's connection until {@link #close()}. */
    public final class BulkLoad implements AutoCloseable {
        private final Connection lock;

        private BulkLoad(Connection lock) {
            this.lock = lock;
        }

        /** Builds the deferred indexes, refreshes the planner's statistics and releases the lock. */
        @Override
        public void close() {
            try {
                rebuild();
            } finally {
                try {
                    lock.close(); // ends the session, which releases the advisory lock
                } catch (SQLException e) {
                    LOG.warnf("Closing the bulk-load lock: %s", e.getMessage());
                }
            }
        }
    }

    /**
     * Drops the deferrable indexes when an import of this many lines is a bulk load: large enough,
     * into a store holding fewer quotes, and no other bulk load running. Null when it is not.
     */
    public BulkLoad deferFor(long lines) {
        long from = config.imports().deferIndexesFrom();
        if (from <= 0 || lines < from) {
            return null;
        }
        Connection lock = null;
        try {
            lock = dataSource.getConnection();
            lock.setAutoCommit(true);
            if (!queryBoolean(lock, LOCK)) {
                lock.close();
                return null;
            }
            long stored;
            try (PreparedStatement ps = lock.prepareStatement("select count(*) from (select 1 from quote limit ?) s")) {
                ps.setLong(1, lines);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    stored = rs.getLong(1);
                }
            }
            if (stored >= lines) {
                lock.close();
                return null;
            }
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                for (String name : DEFERRABLE) {
                    try (PreparedStatement ps = c.prepareStatement("insert into deferred_index (name, definition)"
                            + " select indexname, indexdef from pg_indexes where schemaname = current_schema() and indexname = ? on conflict do nothing")) {
                        ps.setString(1, name);
                        if (ps.executeUpdate() == 1) {
                            try (Statement s = c.createStatement()) {
                                s.execute("drop index " + name);
                            }
                        }
                    }
                }
                for (String name : DEFERRABLE_FOREIGN_KEYS) {
                    ForeignKey key = foreignKey(c, name);
                    if (key == null) {
                        continue; // already away: an interrupted load's row in deferred_index brings it back
                    }
                    try (PreparedStatement ps = c.prepareStatement("insert into deferred_index (name, definition) values (?, ?) on conflict do nothing")) {
                        ps.setString(1, name);
                        ps.setString(2, key.definition());
                        if (ps.executeUpdate() == 1) {
                            try (Statement s = c.createStatement()) {
                                s.execute(ALTER + key.table() + " DROP CONSTRAINT " + name);
                            }
                        }
                    }
                }
                c.commit();
            }
            LOG.infof("Bulk load of %d lines into a store of %d quotes: index maintenance and foreign-key checks deferred to the end", lines, stored);
            return new BulkLoad(lock);
        } catch (SQLException e) {
            LOG.warnf("Could not defer index maintenance (%s); importing with the indexes maintained", e.getMessage());
            if (lock != null) {
                try {
                    lock.close();
                } catch (SQLException ignored) {
                    // the session ends either way
                }
            }
            return null;
        }
    }

    /** After a crash mid-import, the indexes it had dropped are built at the next start (in the background). */
    void onStart(@Observes StartupEvent event) {
        executor.runAsync(() -> {
            try (Connection lock = dataSource.getConnection()) {
                lock.setAutoCommit(true);
                if (queryBoolean(lock, "select exists (select 1 from deferred_index)") && queryBoolean(lock, LOCK)) {
                    LOG.info("Rebuilding indexes left deferred by an interrupted bulk import");
                    rebuild();
                }
            } catch (SQLException e) {
                LOG.warnf("Could not check for deferred indexes: %s", e.getMessage());
            }
        });
    }

    /**
     * Restores everything recorded, then forgets it: the foreign keys come back at once, unchecked
     * (a catalog change, no scan); the indexes are built two at a time, the full-text one alone on
     * one worker; beside it the other indexes, the validation of appearance's keys (which only
     * share-lock quote) and the small tables' statistics; last what needs quote to itself
     * (validating its speaker key and its statistics wait for the index build's lock anyway).
     */
    void rebuild() {
        Map<String, String> indexes = new LinkedHashMap<>();
        Map<String, String> foreignKeys = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name, definition from deferred_index order by name")) {
            while (rs.next()) {
                (rs.getString(2).startsWith(ALTER) ? foreignKeys : indexes).put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            LOG.errorf("Cannot read the deferred indexes: %s", e.getMessage());
            return;
        }
        Map<String, String> tableOfKey = new LinkedHashMap<>();
        foreignKeys.forEach((name, definition) -> {
            String table = restoreUnchecked(name, definition);
            if (table != null) {
                tableOfKey.put(name, table);
            }
        });
        List<Runnable> fullText = new ArrayList<>();
        List<Runnable> beside = new ArrayList<>();
        indexes.forEach((name, definition) -> (name.equals("quote_search_vector_idx") ? fullText : beside).add(() -> build(name, definition)));
        tableOfKey.forEach((name, table) -> {
            if (!table.equals("quote")) {
                beside.add(() -> validate(name, table));
            }
        });
        beside.add(() -> analyze("appearance, source, search_word"));
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> fullText.forEach(Runnable::run), executor);
        beside.forEach(Runnable::run);
        running.join();
        tableOfKey.forEach((name, table) -> {
            if (table.equals("quote")) {
                validate(name, table);
            }
        });
        analyze("quote");
    }

    /** A deferred foreign key back in place, unchecked: rows written from now on are checked. Its table, or null if it could not be restored. */
    private String restoreUnchecked(String name, String definition) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            ForeignKey key = foreignKey(c, name);
            if (key == null) {
                s.execute(definition + " NOT VALID");
                key = foreignKey(c, name);
            }
            return key == null ? null : key.table();
        } catch (SQLException e) {
            LOG.errorf("Restoring the foreign key %s failed (kept in deferred_index for the next start): %s", name, e.getMessage());
            return null;
        }
    }

    /** A foreign key of this schema: its table and the statement that adds it again. */
    private record ForeignKey(String table, String definition) {
    }

    private static ForeignKey foreignKey(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select conrelid::regclass::text, pg_get_constraintdef(oid) from pg_constraint"
                + " where conname = ? and contype = 'f' and connamespace = current_schema()::regnamespace")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new ForeignKey(rs.getString(1), ALTER + rs.getString(1) + " ADD CONSTRAINT " + name + " " + rs.getString(2)) : null;
            }
        }
    }

    /** Checks the rows a bulk load wrote against a restored foreign key in one pass (a no-op if it holds already). */
    private void validate(String name, String table) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute(ALTER + table + " VALIDATE CONSTRAINT " + name);
            forget(c, name);
            LOG.infof("Validated %s in %.1f s", name, (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            LOG.errorf("Validating %s failed, so it checks only rows written from now on (kept in deferred_index for the next start): %s", name,
                    e.getMessage());
        }
    }

    private void analyze(String tables) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze " + tables);
        } catch (SQLException e) {
            LOG.warnf("Could not analyze %s after the bulk load: %s", tables, e.getMessage());
        }
    }

    private void build(String name, String definition) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("select exists (select 1 from pg_indexes where schemaname = current_schema() and indexname = ?)")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    exists = rs.getBoolean(1);
                }
            }
            if (!exists) {
                s.execute("set maintenance_work_mem = '" + config.imports().indexBuildMemory().replace("'", "") + "'");
                s.execute(definition);
            }
            forget(c, name);
            LOG.infof("Built %s in %.1f s", name, (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            LOG.errorf("Building %s failed (kept in deferred_index for the next start): %s", name, e.getMessage());
        }
    }

    private static void forget(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from deferred_index where name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }

    private static boolean queryBoolean(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
