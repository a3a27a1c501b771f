package org.quotecheck.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotecheck.app.EmbeddedDatabase;

/**
 * SIGTERM during an import, against the packaged service (target/quarkus-app/quarkus-run.jar) in a
 * JVM of its own, as Kubernetes stops a pod: the signal, Quarkus' shutdown and the import's stop all
 * run for real. Runs after `package` (Failsafe), on a database of its own. Asserts that the stop
 * leaves nothing half-written — every stored quote has its appearance, the job's counts match what
 * is stored, the import is `failed` with how to resume — and that posting the same file to a new
 * start of the service finishes it, the lines stored before the stop counting as duplicates.
 */
class ImportShutdownIT {

    private static final String ADMIN_KEY = "qc_shutdown_test_admin_key_0123456789abcdef";
    /** Enough lines that the import is still reading when the signal arrives. */
    private static final int LINES = 30_000;
    /** The pod's terminationGracePeriodSeconds: a service still running after it would be killed. */
    private static final Duration GRACE = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static EmbeddedPostgres embedded;
    private static String jdbcUrl;
    private static String user;
    private static String password;
    private static Path file;

    @BeforeAll
    static void freshDatabaseAndFile() throws Exception {
        String testUrl = System.getenv("QUOTECHECK_TEST_DB_URL");
        if (testUrl == null || testUrl.isBlank()) {
            embedded = EmbeddedDatabase.start(Path.of("target", "embedded-pg", "shutdown-it").toAbsolutePath(), 0, true);
            jdbcUrl = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "postgres";
        } else {
            user = env("QUOTECHECK_TEST_DB_USER", "postgres");
            password = env("QUOTECHECK_TEST_DB_PASSWORD", "postgres");
            URI uri = URI.create(testUrl.substring("jdbc:".length()));
            String database = uri.getPath().substring(1) + "_shutdown";
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + uri.getAuthority() + "/postgres", user, password);
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists \"" + database + "\" with (force)");
                s.execute("create database \"" + database + "\"");
            }
            jdbcUrl = "jdbc:postgresql://" + uri.getAuthority() + "/" + database;
        }
        file = Files.createTempFile("quotecheck-shutdown-", ".ndjson");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < LINES; i++) {
                Map<String, Object> line = Map.of("text", "On the summit agenda, point " + words(i) + " stays open for talks " + i,
                        "speaker", "Delegate " + words(i % 40), "saidOn", "2024-07-03", "language", "en",
                        "source", Map.of("url", "https://news.example.org/astana/" + (i % 500), "outlet", "Example News"));
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
            }
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    @Test
    void sigtermDuringAnImportLeavesNothingHalfWrittenAndPostingTheFileAgainFinishesIt() throws Exception {
        long storedBeforeStop;
        try (Service service = Service.start("first")) {
            String id = service.postImport();
            // once a first batch is stored, so that the stop falls between committed batches and lines still to read
            JsonNode running = service.awaitImport(id, job -> "running".equals(job.path("status").asText()) && job.path("accepted").asLong() >= ImportService.BATCH
                    || !job.path("status").asText().matches("queued|running"));
            assertEquals("running", running.path("status").asText(), "the import is still running when the signal is sent: " + running);
            int exit = service.sigtermAndAwaitExit();
            System.out.printf("SIGTERM at %d lines read, %d stored; the service exited with %d%n", running.path("linesRead").asLong(),
                    running.path("accepted").asLong(), exit);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            Map<String, Object> job = row(s, "select status, error, lines_read, accepted, duplicates, rejected_count, finished_at from import_job");
            assertEquals("failed", job.get("status"), "the stopped import is marked failed: " + job);
            assertTrue(String.valueOf(job.get("error")).contains("post the same file again"), "the import says how to resume: " + job);
            assertTrue(job.get("finished_at") != null, "the stopped import has an end: " + job);
            long linesRead = ((Number) job.get("lines_read")).longValue();
            assertTrue(linesRead < LINES, "the import was stopped before its end: " + job);
            assertEquals(0L, count(s, "select count(*) from quote q where not exists (select 1 from appearance a where a.quote_id = q.id)"),
                    "every stored quote has its appearance");
            storedBeforeStop = count(s, "select count(*) from quote");
            assertEquals(((Number) job.get("accepted")).longValue(), storedBeforeStop, "the job counts exactly the quotes it stored: " + job);
            assertEquals(storedBeforeStop, count(s, "select count(*) from appearance"), "one appearance per stored quote");
            assertEquals(0L, ((Number) job.get("rejected_count")).longValue(), "no line was lost as rejected: " + job);
            assertTrue(storedBeforeStop >= ImportService.BATCH, "batches were stored before the stop: " + storedBeforeStop);
            assertTrue(storedBeforeStop % ImportService.BATCH == 0, "only whole batches were committed: " + storedBeforeStop);
        }
        try (Service service = Service.start("second")) {
            String id = service.postImport();
            JsonNode done = service.awaitImport(id, job -> !job.path("status").asText().matches("queued|running"));
            assertEquals("done", done.path("status").asText(), "posting the same file again finishes it: " + done);
            assertEquals(LINES, done.path("linesRead").asLong());
            assertEquals(storedBeforeStop, done.path("duplicates").asLong(), "the lines stored before the stop count as duplicates: " + done);
            assertEquals(LINES - storedBeforeStop, done.path("accepted").asLong(), done.toString());
            assertEquals(0, done.path("rejectedCount").asLong(), done.toString());
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            assertEquals(LINES, count(s, "select count(*) from quote"), "every line of the file is stored once");
            assertEquals(LINES, count(s, "select count(*) from appearance"));
            assertEquals(0L, count(s, "select count(*) from quote q where not exists (select 1 from appearance a where a.quote_id = q.id)"));
        }
    }

    /** The packaged service in a JVM of its own, on a free port, logging to target/. */
    private static final class Service implements AutoCloseable {
        private final Process process;
        private final String base;

        private Service(Process process, String base) {
            this.process = process;
            this.base = base;
        }

        static Service start(String name) throws Exception {
            Path jar = Path.of(System.getProperty("quotecheck.app.jar", "target/quarkus-app/quarkus-run.jar"));
            assertTrue(Files.isRegularFile(jar), "the packaged service is at " + jar + " (this test runs after mvn package)");
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                    jar.toAbsolutePath().toString());
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            env.put("QUARKUS_DATASOURCE_USERNAME", user);
            env.put("QUARKUS_DATASOURCE_PASSWORD", password);
            env.put("QUOTECHECK_ADMIN_KEY", ADMIN_KEY);
            env.put("QUOTECHECK_SEED_DEMO_DATA", "false");
            // the plain import path: a bulk load (deferred indexes) is not what this test is about
            env.put("QUOTECHECK_IMPORTS_DEFER_INDEXES_FROM", "0");
            Path log = Path.of("target", "import-shutdown-" + name + ".log");
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            Service service = new Service(builder.start(), "http://127.0.0.1:" + port);
            try {
                service.awaitReady(log);
            } catch (Exception | AssertionError e) {
                service.close();
                throw e;
            }
            return service;
        }

        private void awaitReady(Path log) throws Exception {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("the service stopped while starting (exit " + process.exitValue() + "); see " + log);
                }
                try {
                    if (send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).GET()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            fail("the service was not ready within 2 minutes; see " + log);
        }

        String postImport() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/v1/imports?format=quotecheck"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(file)));
            assertEquals(202, response.statusCode(), response.body());
            return JSON.readTree(response.body()).path("id").asText();
        }

        JsonNode awaitImport(String id, java.util.function.Predicate<JsonNode> until) throws Exception {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            JsonNode job = null;
            while (System.nanoTime() < deadline) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/v1/imports/" + id)).GET());
                assertEquals(200, response.statusCode(), response.body());
                job = JSON.readTree(response.body());
                if (until.test(job)) {
                    return job;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("the import did not get there within 3 minutes: " + job);
        }

        /** Process.destroy() is SIGTERM on Linux, what the kubelet sends when a pod is stopped. */
        int sigtermAndAwaitExit() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the service did not stop within the pod's grace period of " + GRACE.toSeconds() + " s");
            }
            return process.exitValue();
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return HTTP.send(request.header("Authorization", "Bearer " + ADMIN_KEY).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }

    private static Map<String, Object> row(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), "a row for " + sql);
            Map<String, Object> row = new HashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
            }
            assertTrue(!rs.next(), "one row for " + sql);
            return row;
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A number spelled in letters, so that each line's wording differs in its words and not only in a digit. */
    private static String words(int n) {
        StringBuilder word = new StringBuilder();
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "k" + word;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
