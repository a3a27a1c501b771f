package org.quotecheck.verify;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Default;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.ProblemType;
import org.quotecheck.verify.engine.CandidateIndex;

/**
 * Keeps this pod's {@link CandidateIndex} in step with the quote table: it listens on the table's
 * change feed (migration V7: every statement that changes quotes notifies the range of change
 * numbers it wrote), loads the whole table once, then reads each notified range. A verify that sees
 * a change number above the index's catches up first ({@link #catchUp}), so a pod reads its own
 * writes at once and other pods' within the notification's delay (milliseconds). After a lost
 * connection the index is rebuilt from the table, as notifications may have been missed meanwhile.
 * The pod is not ready until the first load is done.
 */
@ApplicationScoped
@Readiness
@Default // also injectable as itself, not only as a health check
public class CandidateIndexFeed implements HealthCheck, CandidateSource {

    private static final Logger LOG = Logger.getLogger(CandidateIndexFeed.class);
    static final String CHANNEL = "quote_change";
    /** How long a verify waits for the first load before answering 503. */
    private static final long LOAD_WAIT_SECONDS = 60;

    private final AgroalDataSource dataSource;
    private final Config config;
    /** False with another search backend: then nothing is loaded. */
    private final boolean inUse;
    private final ReentrantLock applying = new ReentrantLock();
    private final CountDownLatch loaded = new CountDownLatch(1);
    /** Null until the first load is done. */
    private volatile CandidateIndex index;
    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;

    CandidateIndexFeed(AgroalDataSource dataSource, Config config, org.quotecheck.app.QuotecheckConfig quotecheck) {
        this.dataSource = dataSource;
        this.config = config;
        this.inUse = quotecheck.search().backend() == SearchBackend.EMBEDDED;
    }

    void onStart(@Observes StartupEvent event) {
        if (!inUse) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "candidate-index-feed");
        listener.setDaemon(true);
        listener.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        Connection c = listening;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        if (listener != null) {
            listener.interrupt();
        }
        CandidateIndex current = index;
        if (current != null) {
            current.close();
        }
    }

    /** The index, once loaded; a verify during the first load waits for it. */
    public CandidateIndex index() {
        try {
            if (!loaded.await(LOAD_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "The verification index is still loading; retry in a few seconds.",
                        List.of(), java.util.Map.of(), java.util.Map.of("Retry-After", "5"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return index;
    }

    /** The index if its first load is done (search uses it as a hint and does not wait for it). */
    public java.util.Optional<CandidateIndex> loadedIndex() {
        return loaded.getCount() == 0 ? java.util.Optional.of(index) : java.util.Optional.empty();
    }

    /**
     * Applies the table's changes above the index's highest change number; called when a statement
     * saw a higher one, so that a pod answers with what it has just written.
     */
    @Override
    public boolean catchUp(long seenSeq) {
        applying.lock();
        try {
            CandidateIndex current = index;
            if (current == null || current.maxSeq() >= seenSeq) {
                return false;
            }
            try (Connection c = dataSource.getConnection()) {
                CandidateQuery.loadInto(current, c, "where change_seq > ?", current.maxSeq());
            }
            return true;
        } catch (SQLException e) {
            LOG.warnf("Candidate index catch-up failed (%s); the change feed will bring the rows", e.getMessage());
            return false;
        } finally {
            applying.unlock();
        }
    }

    @Override
    public SearchBackend backend() {
        return SearchBackend.EMBEDDED;
    }

    @Override
    public org.quotecheck.verify.engine.CandidateSearch search() {
        return index();
    }

    @Override
    public java.util.Optional<org.quotecheck.verify.engine.CandidateSearch> ready() {
        return loadedIndex().map(org.quotecheck.verify.engine.CandidateSearch.class::cast);
    }

    @Override
    public HealthCheckResponse call() {
        if (!inUse) {
            return HealthCheckResponse.named("candidate-index").up().withData("backend", "opensearch").build();
        }
        boolean ready = loaded.getCount() == 0;
        return HealthCheckResponse.named("candidate-index").status(ready).withData("quotes", ready ? index.size() : 0).build();
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection c = open()) {
                listening = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                // listening before loading: a change committed during the load is notified, and read again
                CandidateIndex fresh = load(c);
                CandidateIndex old;
                applying.lock();
                try {
                    old = index;
                    index = fresh;
                } finally {
                    applying.unlock();
                }
                if (old != null) {
                    old.close(); // a verify still reading it finishes on its open reader
                }
                loaded.countDown();
                if (!first) {
                    LOG.infof("Candidate index rebuilt after a lost connection: %d quotes", fresh.size());
                }
                first = false;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(10_000);
                    if (notifications != null && notifications.length > 0) {
                        applyRanges(c, notifications);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Candidate index feed: %s; reconnecting", e.getMessage());
                    sleep();
                }
            } finally {
                listening = null;
            }
        }
    }

    /** A connection of its own (LISTEN holds it for the pod's life), with the datasource's settings. */
    private Connection open() throws SQLException {
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        java.util.Properties props = new java.util.Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> props.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "quotecheck-index-feed");
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, props);
    }

    private CandidateIndex load(Connection c) throws SQLException {
        long started = System.nanoTime();
        CandidateIndex fresh = new CandidateIndex();
        c.setAutoCommit(false); // a cursor, so that a million rows are streamed, not held
        try {
            CandidateQuery.loadInto(fresh, c, "");
        } catch (SQLException | RuntimeException e) {
            fresh.close();
            throw e;
        } finally {
            c.commit();
            c.setAutoCommit(true);
        }
        fresh.finishLoad();
        LOG.infof("Candidate index loaded: %d quotes in %d ms, %d bytes of index files, %d segment(s)", fresh.size(), (System.nanoTime() - started) / 1_000_000,
                fresh.bytesOnDisk(), fresh.segments());
        return fresh;
    }

    private void applyRanges(Connection c, PGNotification[] notifications) throws SQLException {
        applying.lock();
        try {
            CandidateIndex current = index;
            for (PGNotification n : notifications) {
                String[] range = n.getParameter().split(" ");
                long low = Long.parseLong(range[0]);
                long high = Long.parseLong(range[1]);
                CandidateQuery.loadInto(current, c, "where change_seq between ? and ?", low, high);
            }
        } finally {
            applying.unlock();
        }
    }

    private void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
