package org.quotecheck.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.quotecheck.app.EmbeddedDatabase;

/**
 * A fresh PostgreSQL for one test class (through {@link OwnDatabaseProfile}): an empty store for the
 * import/export round trip, and one the outage test can stop and start again on the same data
 * folder and port while the service runs.
 */
public class ThrowawayDatabase implements QuarkusTestResourceLifecycleManager {

    private static Path dataDir;
    private static int port;
    private static EmbeddedPostgres running;

    @Override
    public Map<String, String> start() {
        dataDir = Path.of("target", "embedded-pg", "own-" + UUID.randomUUID()).toAbsolutePath();
        port = freePort();
        running = EmbeddedDatabase.start(dataDir, port, false);
        return Map.of("quarkus.datasource.jdbc.url", running.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        stopDatabase();
    }

    /** Stops PostgreSQL (a fast shutdown), keeping its data. */
    public static synchronized void stopDatabase() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            running = null;
        }
    }

    /** Starts PostgreSQL again on the same data folder and port. */
    public static synchronized void startDatabase() {
        if (running == null) {
            running = EmbeddedDatabase.start(dataDir, port, false);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
