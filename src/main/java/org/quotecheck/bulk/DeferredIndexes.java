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
 * Index maintenance deferred for a bulk load into a (nearly) empty store. Maintaining the full-text
 * GIN index row by row is what makes a large import slow; building it once over a million rows
 * takes about twenty seconds. The indexes that no import statement needs are dropped before the
 * load and rebuilt after it, two at a time; their definitions are recorded first in
 * deferred_index, so that a crash mid-import loses no index: the next start rebuilds them.
 * A session advisory lock marks the bulk load, so only one runs and a restarting pod can tell
 * a crashed load from one still running elsewhere.
 */
@ApplicationScoped
public class DeferredIndexes {

    private static final Logger LOG = Logger.getLogger(DeferredIndexes.class);
    /** Indexes no import statement reads (the unique ones that ON CONFLICT needs stay). */
    static final List<String> DEFERRABLE = List.of("quote_search_vector_idx", "quote_text_hash_idx", "quote_said_on_idx", "appearance_source_idx");
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
                c.commit();
            }
            LOG.infof("Bulk load of %d lines into a store of %d quotes: index maintenance deferred to the end", lines, stored);
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

    /** Builds every recorded index, two at a time, then forgets it; finally refreshes statistics. */
    void rebuild() {
        Map<String, String> pending = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name, definition from deferred_index order by name")) {
            while (rs.next()) {
                pending.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            LOG.errorf("Cannot read the deferred indexes: %s", e.getMessage());
            return;
        }
        // the full-text GIN index takes longest: it goes first, on its own worker
        List<List<Map.Entry<String, String>>> workers = List.of(new ArrayList<>(), new ArrayList<>());
        int k = 0;
        for (Map.Entry<String, String> e : pending.entrySet()) {
            workers.get(e.getKey().equals("quote_search_vector_idx") ? 0 : 1 + (k++ % (workers.size() - 1))).add(e);
        }
        // the statistics (verification's common words among them) need no index: refreshed beside the long build
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int w = 0; w < workers.size(); w++) {
            List<Map.Entry<String, String>> work = workers.get(w);
            boolean analyze = w == workers.size() - 1;
            running.add(CompletableFuture.runAsync(() -> {
                work.forEach(e -> build(e.getKey(), e.getValue()));
                if (analyze) {
                    analyze();
                }
            }, executor));
        }
        running.forEach(CompletableFuture::join);
    }

    private void analyze() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze quote, appearance, source, search_word");
        } catch (SQLException e) {
            LOG.warnf("Could not analyze after the bulk load: %s", e.getMessage());
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
            try (PreparedStatement ps = c.prepareStatement("delete from deferred_index where name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            LOG.infof("Built %s in %.1f s", name, (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            LOG.errorf("Building %s failed (kept in deferred_index for the next start): %s", name, e.getMessage());
        }
    }

    private static boolean queryBoolean(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
