package org.quotecheck.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document as a contract that generated clients and plugins rely on: read from
 * /q/openapi, every operation named, typed and with every answer it can give; and the server keeps
 * to it (documented query parameters are accepted, undocumented ones refused).
 */
@QuarkusTest
class ApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    /** Readers may call these with any key; every other write, and the key and search index admin, can answer 403. */
    private static final Set<String> OPEN_TO_EVERY_ROLE = Set.of("verifyClaims", "checkDraft");

    private JsonNode doc;

    @BeforeEach
    void readDocument() throws Exception {
        doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    @Test
    void shouldNameEveryOperationWithAUniqueCamelCaseVerb() {
        Set<String> ids = new HashSet<>();
        eachOperation((where, op) -> {
            String id = op.path("operationId").asText("");
            assertTrue(id.matches("(get|list|search|create|update|retract|revoke|resolve|verify|extract|check|import|export|link|unlink)[A-Z][A-Za-z]+"),
                    where + " has operationId '" + id + "'");
            assertTrue(ids.add(id), "operationId " + id + " is used twice");
        });
        assertTrue(ids.containsAll(List.of("searchQuotes", "verifyClaim", "verifyClaims", "listSpeakerQuotes")), ids.toString());
    }

    @Test
    void shouldDocumentTheSharedAnswersOfEveryV1Operation() {
        eachOperation((where, op) -> {
            JsonNode responses = op.path("responses");
            for (String status : List.of("400", "401", "429", "500", "503")) {
                assertTrue(responses.has(status), where + " does not document " + status);
            }
            boolean success = false;
            for (Iterator<String> it = responses.fieldNames(); it.hasNext();) {
                String status = it.next();
                JsonNode response = resolve(responses.path(status));
                if (status.startsWith("2")) {
                    success = true;
                    assertTrue(response.path("content").size() > 0, where + " " + status + " has no body");
                    assertTrue(response.path("headers").has("RateLimit-Remaining"), where + " " + status + " lacks the rate-limit headers");
                } else if (status.startsWith("4") || status.startsWith("5")) {
                    assertEquals("#/components/schemas/Problem", response.path("content").path("application/problem+json").path("schema").path("$ref").asText(),
                            where + " " + status + " has no problem body");
                }
            }
            assertTrue(success, where + " documents no 2xx");
            String id = op.path("operationId").asText();
            boolean canBeForbidden = !where.startsWith("GET") && !OPEN_TO_EVERY_ROLE.contains(id) || where.startsWith("GET /v1/keys")
                    || where.startsWith("GET /v1/admin/");
            assertEquals(canBeForbidden, responses.has("403"), where + ": 403 documented " + responses.has("403") + ", expected " + canBeForbidden);
            if (where.startsWith("POST")) {
                assertTrue(op.path("parameters").toString().contains("#/components/parameters/IdempotencyKey"), where + " lacks Idempotency-Key");
            }
        });
        assertEquals("#/components/headers/Retry-After", doc.at("/components/responses/TooManyRequests/headers/Retry-After/$ref").asText());
        assertTrue(resolve(doc.at("/paths/~1v1~1quotes/post/responses/201")).path("headers").has("Location"));
        assertTrue(resolve(doc.at("/paths/~1v1~1quotes~1{id}/get/responses/200")).path("headers").has("ETag"));
    }

    @Test
    void shouldTypeAndBoundEveryParameter() {
        eachOperation((where, op) -> {
            for (JsonNode parameter : op.path("parameters")) {
                JsonNode p = resolve(parameter);
                JsonNode schema = resolve(p.path("schema"));
                String name = p.path("name").asText();
                assertTrue(schema.has("type") || schema.has("enum"), where + " parameter " + name + " has no type");
                if (Set.of("limit", "pageSize", "maxAgeDays").contains(name)) {
                    assertEquals("integer", schema.path("type").asText(), where + " " + name);
                    assertTrue(schema.has("minimum") && schema.has("maximum"), where + " " + name + " is not bounded");
                }
                if (Set.of("from", "to", "date").contains(name)) {
                    assertEquals("date", schema.path("format").asText(), where + " " + name);
                }
                if (Set.of("status", "rating").contains(name)) {
                    assertTrue(schema.has("enum"), where + " " + name + " lists no values");
                }
            }
        });
    }

    @Test
    void shouldDescribeEveryProblemMemberTheApiSends() {
        JsonNode properties = doc.at("/components/schemas/Problem/properties");
        for (String member : List.of("type", "title", "status", "detail", "instance", "field", "errors", "currentVersion", "existingId",
                "candidates", "requiredRole", "errorId", "requestId")) {
            assertTrue(properties.has(member), "Problem lacks " + member);
        }
        // the document lists every problem type the API sends, so that the property run rejects any other
        List<String> types = new java.util.ArrayList<>();
        properties.path("type").path("enum").forEach(t -> types.add(t.asText()));
        for (org.quotecheck.error.ProblemType type : org.quotecheck.error.ProblemType.values()) {
            assertTrue(types.contains(type.uri()), "Problem.type does not list " + type.uri());
        }
        assertTrue(types.contains("https://quotecheck.dev/problems/malformed-path") && types.contains("https://quotecheck.dev/problems/request-timeout"), types.toString());
    }

    @Test
    void shouldCarryServersLicenceAndSeedStoryExamples() {
        assertTrue(doc.path("servers").size() > 0, "no servers");
        assertTrue(doc.at("/info/license/identifier").asText().startsWith("LicenseRef-"), doc.path("info").toString());
        assertTrue(doc.toString().contains("Astana") && doc.toString().contains("Xi Jinping"), "examples are not from the seed story");
        JsonNode speakerQuotes = doc.at("/paths/~1v1~1speakers~1{id}~1quotes/get");
        assertEquals("#/components/schemas/QuotePage", speakerQuotes.at("/responses/200/content/application~1json/schema/$ref").asText());
    }

    /** Every documented query parameter is accepted (blank values mean "not given"); none other is. */
    @Test
    void shouldAcceptExactlyTheDocumentedQueryParameters() {
        List<String> refused = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            if (!path.getKey().startsWith("/v1/") || get.isMissingNode()) {
                return;
            }
            var request = api();
            Set<String> names = new TreeSet<>();
            for (JsonNode parameter : get.path("parameters")) {
                JsonNode p = resolve(parameter);
                if (p.path("in").asText().equals("query") && !p.path("required").asBoolean()) {
                    request.queryParam(p.path("name").asText(), "");
                    names.add(p.path("name").asText());
                }
            }
            String url = path.getKey().replace("{id}", "zz_0");
            String body = request.get(url).then().extract().asString();
            if (body.contains("Unknown query parameter") || body.contains("takes no query parameters")) {
                refused.add(url + " " + names + ": " + body);
            }
        });
        assertEquals(List.of(), refused);
        assertFieldProblem(api().queryParam("speker", "Putin").get("/v1/quotes").then(), 400, "invalid-parameter", "speker")
                .body("detail", containsString("speaker"));
        assertFieldProblem(api().queryParam("q", "best").get("/v1/quotes/qt_1").then(), 400, "invalid-parameter", "q");
    }

    private void eachOperation(BiConsumer<String, JsonNode> check) {
        doc.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/v1/")) {
                return;
            }
            path.getValue().fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey())) {
                    check.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                }
            });
        });
    }

    /** Follows a local $ref (#/components/...) to what it names. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? resolve(doc.at(ref.substring(1))) : node;
    }
}
