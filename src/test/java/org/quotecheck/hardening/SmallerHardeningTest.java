package org.quotecheck.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.source;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SmallerHardeningTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "ten", "-1"})
    void shouldNameThePageSizeParameterOfTheFeed(String pageSize) {
        assertFieldProblem(api().queryParam("pageSize", pageSize).get("/v1/factchecks/feed.jsonld").then(), 400, "invalid-parameter", "pageSize")
                .body("detail", containsString("pageSize"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" admin", "admin ", "Admin", "ADMIN", "\tadmin", "ad min"})
    void shouldRefuseARoleThatIsNotSpelledExactly(String role) {
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("name", "cms-" + uniqueWord(), "role", role)).post("/v1/keys").then(),
                400, "validation-failed", "role");
    }

    @Test
    void shouldNotReflectAForgedHostInLocation() {
        Response created = api().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .contentType(ContentType.JSON).body(source(uniqueUrl())).post("/v1/sources");
        created.then().statusCode(201);
        String location = created.header("Location");
        assertFalse(location.contains("evil.example"), location);
        assertTrue(location.startsWith("/v1/sources/src_") || location.matches("^https?://[^/]+/v1/sources/src_\\d+$"), location);
        api().get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200);

        Response speaker = api().header("Host", "evil.example").contentType(ContentType.JSON)
                .body(Map.of("name", "Shavkat " + uniqueWord(), "aliases", List.of())).post("/v1/speakers");
        assertFalse(speaker.header("Location").contains("evil.example"), speaker.header("Location"));
    }

    @Test
    void shouldServeThePageWithSecurityHeaders() {
        for (String path : List.of("/", "/index.html")) {
            given().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
        given().get("/app.js").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
