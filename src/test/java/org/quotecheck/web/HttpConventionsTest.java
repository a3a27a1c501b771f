package org.quotecheck.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.createQuote;
import static org.quotecheck.support.Fixtures.uniqueWord;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conditional GETs, request ids and Vary, as a careful HTTP client expects them. */
@QuarkusTest
class HttpConventionsTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldAnswer304WhenIfNoneMatchNamesTheCurrentETag() {
        String id = createQuote("We will keep the ferry running every " + uniqueWord() + " morning", "Mara Ferry" + uniqueWord());
        String etag = api().get("/v1/quotes/" + id).then().statusCode(200).extract().header("ETag");
        api().header("If-None-Match", etag).get("/v1/quotes/" + id).then().statusCode(304).body(emptyString()).header("ETag", equalTo(etag));
        api().header("If-None-Match", "W/" + etag).get("/v1/quotes/" + id).then().statusCode(304);
        api().header("If-None-Match", "\"999\", " + etag).get("/v1/quotes/" + id).then().statusCode(304);
        api().header("If-None-Match", "\"999\"").get("/v1/quotes/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldCarryTheCallersRequestIdOrANewOne() {
        api().header("X-Request-Id", "cms-7f3a.42").get("/v1/quotes?limit=1").then().statusCode(200).header("X-Request-Id", equalTo("cms-7f3a.42"));
        api().get("/v1/quotes?limit=1").then().header("X-Request-Id", matchesPattern(UUID));
        // an id that could break a header or a log line is replaced
        api().header("X-Request-Id", "a b\"c").get("/v1/quotes?limit=1").then().header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void shouldPutTheRequestIdInEveryProblemBody() {
        api().header("X-Request-Id", "trace-problem-1").queryParam("limit", "ten").get("/v1/quotes").then().statusCode(400)
                .header("X-Request-Id", equalTo("trace-problem-1")).body("requestId", equalTo("trace-problem-1"));
        api().get("/v1/quotes/qt_zzzzzz").then().statusCode(404).body("requestId", matchesPattern(UUID));
    }

    @Test
    void shouldSayVaryAcceptWhereTheAnswerDependsOnIt() {
        String factCheck = api().contentType(ContentType.JSON)
                .body(Map.of("text", "Our cooperation is aimed against everyone", "speaker", "Putin", "date", "2024-07-03", "record", true))
                .post("/v1/verify").then().statusCode(200).extract().path("factCheckId");
        api().get("/v1/factchecks/" + factCheck).then().statusCode(200).header("Vary", containsString("Accept"));
        api().accept("application/ld+json").get("/v1/factchecks/" + factCheck).then().statusCode(200).header("Vary", containsString("Accept"));
        api().get("/v1/quotes?limit=1").then().header("Vary", not(containsString("Accept")));
    }

    @Test
    void shouldExplainARefusedOriginWithAProblem() {
        api().header("Origin", "https://evil.example.com").get("/v1/quotes?limit=1").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://quotecheck.dev/problems/cors-origin-not-allowed"))
                .body("detail", containsString("https://evil.example.com"));
        api().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST").options("/v1/verify").then()
                .statusCode(403).body("type", equalTo("https://quotecheck.dev/problems/cors-origin-not-allowed"));
        // an allowed origin is served as before
        api().header("Origin", "https://cms.example.org").get("/v1/quotes?limit=1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://cms.example.org"));
    }

    @Test
    void shouldLetAPageOfAnyOriginLoadThePluginClient() {
        io.restassured.RestAssured.given().header("Origin", "https://newsroom.example.net").get("/client/quotecheck.js").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"));
    }
}
