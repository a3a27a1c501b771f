package org.quotecheck.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.quotecheck.app.EmbeddedDatabase;

/**
 * The tests' database. With QUOTECHECK_TEST_DB_URL set (CI: the machine's PostgreSQL 15) the tests use
 * that database, creating it if missing; otherwise a throwaway embedded PostgreSQL under target/.
 * Flyway cleans the schema at start either way, so the tests never see the dev data.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres embedded;
    private boolean ownDatabaseProfile;

    /** Profiles that bring a database of their own (the outage test) do not get this one. */
    @Override
    public void setContext(Context context) {
        String profile = context.testProfile();
        ownDatabaseProfile = OwnDatabaseProfile.class.getName().equals(profile);
    }

    @Override
    public Map<String, String> start() {
        if (ownDatabaseProfile) {
            return Map.of();
        }
        String url = System.getenv("QUOTECHECK_TEST_DB_URL");
        String user = env("QUOTECHECK_TEST_DB_USER", "postgres");
        String password = env("QUOTECHECK_TEST_DB_PASSWORD", "postgres");
        if (url == null || url.isBlank()) {
            embedded = EmbeddedDatabase.start(Path.of("target", "embedded-pg", "test-data").toAbsolutePath(), 0, true);
            url = embedded.getJdbcUrl("postgres", "postgres");
        } else {
            createDatabaseIfMissing(url, user, password);
        }
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Connects to the server's maintenance database and creates the test database if it is not there. */
    static void createDatabaseIfMissing(String url, String user, String password) {
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        String maintenance = "jdbc:postgresql://" + uri.getAuthority() + "/postgres";
        try (Connection c = DriverManager.getConnection(maintenance, user, password); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database.replace("'", "''") + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database " + url + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
