package org.quotecheck.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.quotecheck.app.QuotecheckConfig;
import org.quotecheck.verify.CandidateSource;
import org.quotecheck.verify.SearchBackend;
import org.quotecheck.verify.engine.CandidateSearch;

/**
 * The {@code opensearch} backend: every pod searches the cluster's index through its alias, and one
 * pod at a time (whichever holds the alias's advisory lock; the others wait to take over) follows
 * the quote change feed into it, and runs the rebuilds asked for, with an {@link AliasIndexer}.
 * Nothing is built at start, so a pod is ready at once and holds no index of its own.
 */
@ApplicationScoped
public class OpenSearchSource implements CandidateSource {

    private static final Logger LOG = Logger.getLogger(OpenSearchSource.class);
    static final String CHANNEL = "quote_change";
    /** How often a pod that is not the indexer tries to take over, and reads the checkpoint. */
    private static final long TAKE_OVER_MILLIS = 5_000;
    /** Pause between the steps of a round (see ChangeFeedIndexer), and the longest wait for a change when idle. */
    private static final long STEP_MILLIS = 50;
    private static final int IDLE_WAIT_MILLIS = 1_000;
    private static final Duration INDEXING_TIMEOUT = Duration.ofSeconds(30);
    /** Beyond the search timeout, before the index an alias moved from is deleted. */
    private static final Duration OLD_INDEX_MARGIN = Duration.ofSeconds(3);

    private final QuotecheckConfig.OpenSearch settings;
    private final boolean active;
    private final Config config;
    private final OpenSearchClient client;
    /** The indexer's requests (bulk writes, index creation, alias moves): see the constructor. */
    private final OpenSearchClient indexing;
    private final OpenSearchCandidates candidates;
    private volatile long checkpoint;
    private volatile boolean holdsLock;
    /** The index the alias names, as this pod last saw it while indexing (null otherwise). */
    private volatile String liveIndex;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread indexer;

    OpenSearchSource(QuotecheckConfig quotecheck, Config config) {
        this.settings = quotecheck.search().opensearch();
        this.active = quotecheck.search().backend() == SearchBackend.OPENSEARCH;
        this.config = config;
        // nothing is built for the embedded backend (the HTTP client would start a thread for nothing)
        this.client = active ? new OpenSearchClient(settings.url(), settings.username(), settings.password(), settings.timeout()) : null;
        // the indexer's own client: creating an index or writing a large batch may take longer than a search should, and
        // its failures must not put the searches' client into its quiet period (nor the searches' failures the indexer's)
        this.indexing = active ? new OpenSearchClient(settings.url(), settings.username(), settings.password(), longer(settings.timeout(), INDEXING_TIMEOUT)) : null;
        this.candidates = active ? new OpenSearchCandidates(client, settings.index(), () -> checkpoint) : null;
    }

    void onStart(@Observes StartupEvent event) {
        if (!active) {
            return;
        }
        running = true;
        indexer = new Thread(this::follow, "search-indexer");
        indexer.setDaemon(true);
        indexer.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close(); // releases the lock: another pod takes over
            } catch (SQLException e) {
                // closing anyway
            }
        }
        if (indexer != null) {
            indexer.interrupt();
        }
    }

    @Override
    public SearchBackend backend() {
        return SearchBackend.OPENSEARCH;
    }

    @Override
    public CandidateSearch search() {
        return candidates;
    }

    @Override
    public Optional<CandidateSearch> ready() {
        return Optional.of(candidates);
    }

    /** Only the indexer writes; a verify that sees newer changes answers with what the index has (and the exact-wording look-up). */
    @Override
    public boolean catchUp(long seenSeq) {
        return false;
    }

    /** Whether this pod is the one indexing now. */
    public boolean indexing() {
        return holdsLock;
    }

    /** The configured name: the alias that searches go through. */
    public String indexName() {
        return settings.index();
    }

    /** The concrete index the alias names, when this pod is the indexer. */
    public Optional<String> liveIndex() {
        return Optional.ofNullable(liveIndex);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Whether the cluster answers (for readiness data; a verify does without it). */
    public boolean clusterUp() {
        try {
            return client.get("_cluster/health").ok();
        } catch (CandidateSearch.Unavailable e) {
            return false;
        }
    }

    private void follow() {
        while (running) {
            try (Connection c = open()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                while (running && !ChangeFeedIndexer.tryLock(c, settings.index())) {
                    checkpoint = ChangeFeedIndexer.savedCheckpoint(c, settings.index());
                    Thread.sleep(TAKE_OVER_MILLIS);
                }
                holdsLock = true;
                // the old index outlives an alias move by the longest a search begun before it can take
                AliasIndexer feed = new AliasIndexer(indexing, settings.index(), settings.shards(), settings.replicas(), settings.batchSize(),
                        settings.timeout().plus(OLD_INDEX_MARGIN));
                feed.open(c);
                LOG.infof("Indexing quote changes into %s (alias %s)", feed.live(), settings.index());
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    int written = feed.step(c);
                    checkpoint = feed.checkpoint();
                    liveIndex = feed.live();
                    if (written > 0) {
                        pg.getNotifications(); // the batches go on at once; only the notifications that came meanwhile are read
                    } else if (feed.idle()) {
                        pg.getNotifications(IDLE_WAIT_MILLIS); // a change wakes the next round at once
                    } else {
                        Thread.sleep(STEP_MILLIS);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Search indexer: %s; starting again from the checkpoint", e.getMessage());
                    pause();
                }
            } finally {
                holdsLock = false;
                liveIndex = null;
                connection = null;
            }
        }
    }

    /** A connection of its own: the session holds the lock and listens, with the datasource's settings. */
    private Connection open() throws SQLException {
        Properties props = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> props.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "quotecheck-search-indexer");
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), props);
    }

    private void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
