package org.quotecheck.app;

import static org.quotecheck.support.Fixtures.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.Fixtures;

@QuarkusTest
class PlatformResourceTest {

    @Inject
    DemoDataLoader demoData;

    @Test
    void shouldServeOpenApiDocumentWhenAskedForIt() {
        api().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("openapi", containsString("3."))
                .body("info.title", equalTo("quotecheck API"))
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/quotes"))
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/quotes/{id}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/speakers/{id}/quotes"))
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/sources/{id}"))
                .body("paths.'/v1/quotes'.get.parameters.name", hasItem("cursor"))
                .body("components.schemas.CreateQuoteRequest.properties.text.examples[0]", containsString("best period in history"))
                .body("components.schemas.Problem", notNullValue())
                .body("components.schemas.SourceKind.enum", hasItem("press-release"))
                .body("components.schemas.QuoteStatus.enum", hasItem("unreviewed"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("security.apiKey", hasItem(org.hamcrest.Matchers.empty()));
    }

    @Test
    void shouldServeSwaggerUiWhenBrowsedTo() {
        api().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void shouldReportHealthWithDatabaseCheckWhenUp() {
        api().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        api().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldExposePrometheusMetricsWhenScraped() {
        Fixtures.post("/v1/speakers", java.util.Map.of("name", "Metrics " + Fixtures.uniqueWord())).statusCode(201);
        api().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count"));
    }

    @Test
    void shouldNotLoadDemoDataTwiceWhenStoreAlreadyHasQuotes() {
        assertFalse(demoData.load());
        api().queryParam("q", "old friend").get("/v1/quotes").then().body("data.speaker.name", hasItem("Xi Jinping"));
    }

    @Test
    void shouldMigrateAnEmptyDatabaseFromScratchWhenFlywayRuns() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        URI uri = URI.create(url.substring("jdbc:".length()));
        String server = "jdbc:postgresql://" + uri.getAuthority() + "/";
        String database = "quotecheck_flyway_" + Fixtures.uniqueWord();
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password); Statement s = admin.createStatement()) {
            s.execute("create database " + database);
        }
        try {
            Flyway flyway = Flyway.configure().dataSource(server + database, user, password).locations("classpath:db/migration").load();
            MigrateResult first = flyway.migrate();
            assertTrue(first.migrationsExecuted >= 1);
            assertEquals(0, flyway.migrate().migrationsExecuted, "a second run finds nothing to do");
            try (Connection c = DriverManager.getConnection(server + database, user, password); Statement s = c.createStatement()) {
                Set<String> tables = new TreeSet<>();
                try (ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                assertTrue(tables.containsAll(Set.of("speaker", "speaker_alias", "speaker_role", "source", "quote", "appearance")), tables.toString());
                Set<String> extensions = new TreeSet<>();
                try (ResultSet rs = s.executeQuery("select extname from pg_extension")) {
                    while (rs.next()) {
                        extensions.add(rs.getString(1));
                    }
                }
                assertTrue(extensions.containsAll(Set.of("pg_trgm", "unaccent")), extensions.toString());
                try (ResultSet rs = s.executeQuery("select count(*) from pg_indexes where indexname in"
                        + " ('search_word_trgm_idx', 'quote_search_vector_idx', 'quote_speaker_text_hash_idx')")) {
                    rs.next();
                    assertEquals(3, rs.getInt(1));
                }
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(server + "postgres", user, password); Statement s = admin.createStatement()) {
                s.execute("drop database if exists " + database + " with (force)");
            }
        }
    }
}
