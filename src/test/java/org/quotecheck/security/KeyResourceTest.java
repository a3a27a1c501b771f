package org.quotecheck.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.as;
import static org.quotecheck.support.Fixtures.issueKey;
import static org.quotecheck.support.Fixtures.quote;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KeyResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAnswer401ProblemWhenKeyIsMissingOrWrong() {
        assertProblem(as(null).get("/v1/quotes").then(), 401, "unauthorized").header("WWW-Authenticate", startsWith("Bearer"));
        assertProblem(as("qc_not-a-real-key").get("/v1/quotes").then(), 401, "unauthorized");
        assertProblem(as(null).header("Authorization", "Basic dXNlcjpwYXNz").get("/v1/quotes").then(), 401, "unauthorized");
        assertProblem(as(null).contentType(ContentType.JSON).body(quote("x y", "z", uniqueUrl())).post("/v1/quotes").then(), 401, "unauthorized");
    }

    @Test
    void shouldAcceptBearerAndXApiKeyHeadersWhenKeyIsValid() {
        String reader = issueKey("reader");
        as(null).header("Authorization", "Bearer " + reader).get("/v1/quotes").then().statusCode(200)
                .header("RateLimit-Limit", notNullValue());
        as(reader).get("/v1/speakers").then().statusCode(200);
    }

    @Test
    void shouldKeepHealthMetricsAndDocsOpenWhenNoKeyIsSent() {
        as(null).get("/q/health/ready").then().statusCode(200);
        as(null).get("/q/metrics").then().statusCode(200);
        as(null).get("/q/openapi").then().statusCode(200);
    }

    @Test
    void shouldAnswer403WhenRoleIsTooLow() {
        String reader = issueKey("reader");
        String editor = issueKey("editor");
        assertProblem(as(reader).contentType(ContentType.JSON).body(quote("Reader writes " + uniqueWord(), "Speaker " + uniqueWord(), uniqueUrl()))
                .post("/v1/quotes").then(), 403, "forbidden").body("requiredRole", equalTo("editor"));
        assertProblem(as(reader).queryParam("reason", "x").delete("/v1/quotes/qt_1").then(), 403, "forbidden");
        as(editor).contentType(ContentType.JSON).body(quote("Editor writes " + uniqueWord(), "Speaker " + uniqueWord(), uniqueUrl()))
                .post("/v1/quotes").then().statusCode(201);
        assertProblem(as(editor).get("/v1/keys").then(), 403, "forbidden").body("requiredRole", equalTo("admin"));
        assertProblem(as(editor).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "admin")).post("/v1/keys").then(), 403, "forbidden");
    }

    @Test
    void shouldShowKeyOnceAndStoreOnlyItsHashWhenIssued() throws Exception {
        String name = "cms-plugin-" + uniqueWord();
        var created = api().contentType(ContentType.JSON).body(Map.of("name", name, "role", "reader")).post("/v1/keys").then()
                .statusCode(201).body("key", startsWith("qc_")).body("role", equalTo("reader")).extract();
        String key = created.path("key");
        String id = created.path("id");
        assertTrue(key.length() >= 3 + 43, "256 random bits in base64url");
        api().get("/v1/keys").then().statusCode(200).body("data.id", hasItem(id)).body("data.find { it.id == '" + id + "' }.key", nullValue());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select key_hash, key_prefix, name from api_key where name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                byte[] hash = rs.getBytes(1);
                assertEquals(32, hash.length);
                assertFalse(new String(hash, java.nio.charset.StandardCharsets.ISO_8859_1).contains(key.substring(3)));
                assertTrue(key.startsWith(rs.getString(2)));
            }
        }
        as(key).get("/v1/quotes").then().statusCode(200);
        api().get("/v1/keys").then().body("data.find { it.id == '" + id + "' }.lastUsedAt", notNullValue());
    }

    @Test
    void shouldRefuseKeyWhenItHasBeenRevoked() {
        var created = api().contentType(ContentType.JSON).body(Map.of("name", "temp-" + uniqueWord(), "role", "editor")).post("/v1/keys")
                .then().statusCode(201).extract();
        String key = created.path("key");
        as(key).get("/v1/quotes").then().statusCode(200);
        api().delete("/v1/keys/" + created.path("id")).then().statusCode(200).body("revokedAt", notNullValue()).body("key", nullValue());
        assertProblem(as(key).get("/v1/quotes").then(), 401, "unauthorized");
        assertProblem(api().delete("/v1/keys/key_999999999").then(), 404, "not-found");
    }

    @Test
    void shouldRejectInvalidKeyRequestsWithTheOffendingField() {
        org.quotecheck.support.ProblemAssertions.assertFieldProblem(
                api().contentType(ContentType.JSON).body(Map.of("name", "x", "role", "superuser")).post("/v1/keys").then(),
                400, "validation-failed", "role");
        org.quotecheck.support.ProblemAssertions.assertFieldProblem(
                api().contentType(ContentType.JSON).body(Map.of("role", "reader")).post("/v1/keys").then(),
                400, "validation-failed", "name");
    }

    @Test
    void shouldAllowConfiguredBrowserOriginsOnlyWhenPreflighting() {
        var allowed = as(null).header("Origin", "https://cms.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type").options("/v1/check").then().extract();
        assertEquals("https://cms.example.org", allowed.header("Access-Control-Allow-Origin"));
        var refused = as(null).header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST")
                .options("/v1/check").then().extract();
        assertNotNull(refused);
        assertFalse("https://evil.example.com".equals(refused.header("Access-Control-Allow-Origin")));
    }
}
