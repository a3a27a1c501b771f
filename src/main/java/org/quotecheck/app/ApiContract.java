package org.quotecheck.app;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.quotecheck.error.Problem;
import org.quotecheck.error.ProblemType;

/**
 * What every /v1 operation shares, written once instead of on each resource method: the answers
 * any call can get (400, 401, 429, 500, 503), the problem body of every error, the rate-limit,
 * ETag, Location and replay headers, the Idempotency-Key header of POSTs, and the problem members
 * that only some problems carry. Resources document what is their own (their 2xx, 403, 404, 409,
 * 412, 428, their parameters). Runs at build time (mp.openapi.filter); the document it produces is
 * checked by ApiContractTest and linted in CI.
 */
public class ApiContract implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents();
        addHeaders(components);
        addSharedResponses(components);
        components.addParameter("IdempotencyKey", OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                .description("Makes a POST safe to retry: the same key with the same body answers with the first response again "
                        + "(Idempotent-Replayed: true); with another body it is a 422. Keys are kept per API key for 24 hours.")
                .schema(string().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"))
                .example("3f1c2a9e-6d0b-4e59-9a43-7c2f1e8b5d10"));
        describeProblemMembers(components.getSchemas().get("Problem"));
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/v1/")) {
                item.getOperations().forEach((method, operation) -> {
                    complete(api, path, method, operation);
                    addSeedStoryExamples(operation);
                });
            }
        });
    }

    /** The shared answers, headers and problem bodies of one /v1 operation. */
    private static void complete(OpenAPI api, String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        putIfAbsent(responses, "400", "BadRequest");
        putIfAbsent(responses, "401", "Unauthorized");
        putIfAbsent(responses, "429", "TooManyRequests");
        putIfAbsent(responses, "500", "InternalError");
        putIfAbsent(responses, "503", "ServiceUnavailable");
        boolean versioned = hasETag(api, path, method);
        if (versioned && method == PathItem.HttpMethod.GET) {
            putIfAbsent(responses, "304", "NotModified");
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null) {
                return;
            }
            response.addHeader("X-Request-Id", headerRef("X-Request-Id"));
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
                    response.content(problemContent(null));
                }
            } else if (status.startsWith("2")) {
                response.addHeader("RateLimit-Limit", headerRef("RateLimit-Limit"));
                response.addHeader("RateLimit-Remaining", headerRef("RateLimit-Remaining"));
                if (status.equals("201") || status.equals("202")) {
                    response.addHeader("Location", headerRef("Location"));
                }
                if (versioned && !status.equals("202")) {
                    response.addHeader("ETag", headerRef("ETag"));
                }
                if (method == PathItem.HttpMethod.POST) {
                    response.addHeader("Idempotent-Replayed", headerRef("Idempotent-Replayed"));
                }
            }
        });
        if (method == PathItem.HttpMethod.POST) {
            operation.addParameter(OASFactory.createParameter().ref("IdempotencyKey"));
            putIfAbsent(responses, "409", "IdempotencyKeyInUse");
            putIfAbsent(responses, "422", "IdempotencyKeyReused");
        }
    }

    private static final String CLAIM = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, "
            + "are experiencing their worst period in history";
    private static final String SAID = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, "
            + "are experiencing their best period in history,";
    private static final Map<String, Object> PUTIN = Map.of("id", "sp_1", "name", "Vladimir Putin");
    private static final Map<String, Object> DW = Map.of("url", "https://www.dw.com/en/putin-tells-xi-russia-china-relations-are-at-their-best/a-69550350",
            "outlet", "DW", "publishedOn", "2024-07-03");

    /** Whole request and response bodies from the seed story, for the calls a newcomer tries first. */
    private static void addSeedStoryExamples(Operation operation) {
        switch (String.valueOf(operation.getOperationId())) {
            case "verifyClaim" -> {
                requestExample(operation, "A changed word", Map.of("text", CLAIM, "speaker", "Putin", "date", "2024-07-03"));
                responseExample(operation, "200", "ALTERED", Map.of("verdict", "ALTERED", "findings", List.of("ALTERED"), "confidence", 0.97,
                        "explanation", "Vladimir Putin said something close to this on 3 July 2024 (DW); the claim changes 'best' to 'worst', "
                                + "which changes the meaning.",
                        "coverage", 1.0,
                        "match", Map.of("id", "qt_3", "text", SAID, "speaker", PUTIN, "saidOn", "2024-07-03",
                                "context", "Meeting with Xi Jinping at the SCO summit, Astana", "earliestSource", DW, "appearanceCount", 1),
                        "diff", List.of(Map.of("op", "equal", "claim", "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their",
                                        "source", "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their"),
                                Map.of("op", "replace", "claim", "worst", "source", "best", "critical", true),
                                Map.of("op", "equal", "claim", "period in history", "source", "period in history,")),
                        "claimedSpeaker", Map.of("given", "Putin", "resolved", List.of(PUTIN))));
            }
            case "createQuote" -> requestExample(operation, "Putin at the SCO summit", Map.of("text", SAID, "speaker", "Vladimir Putin",
                    "saidOn", "2024-07-03", "language", "en", "context", "Meeting with Xi Jinping at the SCO summit, Astana",
                    "source", Map.of("url", DW.get("url"), "outlet", "DW", "title", "Putin tells Xi Russia-China relations are at their 'best'",
                            "publishedOn", "2024-07-03")));
            default -> {
            }
        }
    }

    private static void requestExample(Operation operation, String summary, Map<String, Object> body) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            MediaType json = operation.getRequestBody().getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            if (json != null) {
                json.addExample("seedStory", OASFactory.createExample().summary(summary).value(body));
            }
        }
    }

    private static void responseExample(Operation operation, String status, String summary, Map<String, Object> body) {
        APIResponse response = operation.getResponses().getAPIResponse(status);
        if (response != null && response.getContent() != null) {
            MediaType json = response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            if (json != null) {
                json.addExample("seedStory", OASFactory.createExample().summary(summary).value(body));
            }
        }
    }

    /**
     * Editable resources carry their version as an ETag: an item whose PUT takes If-Match sends it
     * on GET, PUT and DELETE, and the POST that creates such an item sends it on 201.
     */
    private static boolean hasETag(OpenAPI api, String path, PathItem.HttpMethod method) {
        if (method == PathItem.HttpMethod.POST) {
            PathItem item = api.getPaths().getPathItem(path + "/{id}");
            return item != null && takesIfMatch(item);
        }
        return path.endsWith("/{id}") && takesIfMatch(api.getPaths().getPathItem(path));
    }

    private static boolean takesIfMatch(PathItem item) {
        return item.getPUT() != null && item.getPUT().getParameters() != null
                && item.getPUT().getParameters().stream().anyMatch(p -> "If-Match".equals(p.getName()));
    }

    private static void addHeaders(Components components) {
        components.addHeader("RateLimit-Limit", header("Requests a minute this API key may make", integer(), 600));
        components.addHeader("RateLimit-Remaining", header("Requests left in the current minute", integer(), 599));
        components.addHeader("Retry-After", header("Seconds to wait before trying again", integer(), 5));
        components.addHeader("ETag", header("The resource's version: send it back as If-Match to edit it", string(), "\"0\""));
        components.addHeader("Location", header("The URL of the new resource, or of the import to follow", string().format("uri-reference"),
                "/v1/quotes/qt_1"));
        components.addHeader("Idempotent-Replayed", header("true when this is the stored answer to an earlier request with the same Idempotency-Key",
                OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN), true));
        components.addHeader("X-Request-Id", header("This request's id: the caller's X-Request-Id when it sent a sane one (1-128 of A-Z a-z 0-9 . _ : -), "
                + "else a new UUID; also in the logs and in every problem body as requestId", string(), "6b1f0c52-1c0e-4f7a-9a55-0e3d2b7c9f41"));
        components.addHeader("WWW-Authenticate", header("How to authenticate: a bearer API key", string(), "Bearer realm=\"quotecheck\""));
    }

    private static void addSharedResponses(Components components) {
        components.addResponse("NotModified", OASFactory.createAPIResponse()
                .description("If-None-Match named the current ETag: the copy the client holds is current (no body)")
                .addHeader("ETag", headerRef("ETag")));
        components.addResponse("BadRequest", problem("A parameter, header or the body is not valid; field names the first offending one",
                ProblemType.INVALID_PARAMETER, "limit must be a whole number from 1 to 100, got 'ten'", "limit"));
        components.addResponse("Unauthorized", problem("No API key, or one that is not valid or was revoked",
                ProblemType.UNAUTHORIZED, "Send your API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.", null)
                .addHeader("WWW-Authenticate", headerRef("WWW-Authenticate")));
        components.addResponse("Forbidden", problem("The API key's role does not allow this; requiredRole names the role it needs",
                ProblemType.FORBIDDEN, "This needs the editor role; the key 'cms-plugin-newsdesk' is reader.", null));
        components.addResponse("TooManyRequests", problem("The API key's rate limit is used up; retry after Retry-After seconds",
                ProblemType.RATE_LIMITED, "Rate limit of 600 requests a minute for this key reached; retry in 12 s.", null)
                .addHeader("Retry-After", headerRef("Retry-After"))
                .addHeader("RateLimit-Limit", headerRef("RateLimit-Limit"))
                .addHeader("RateLimit-Remaining", headerRef("RateLimit-Remaining")));
        components.addResponse("ServiceUnavailable", problem("The database is not reachable or the service is at capacity; retry after Retry-After seconds",
                ProblemType.SERVICE_UNAVAILABLE, "The database is not reachable; retry shortly.", null)
                .addHeader("Retry-After", headerRef("Retry-After")));
        components.addResponse("InternalError", problem("A fault on our side; errorId finds it in the logs",
                ProblemType.INTERNAL, "Something went wrong on our side; quote error id 6b1f0c52-1c0e-4f7a-9a55-0e3d2b7c9f41 when reporting it.", null));
        components.addResponse("IdempotencyKeyInUse", problem("A request with this Idempotency-Key is still running, or the resource conflicts with a stored one",
                ProblemType.IDEMPOTENCY_KEY_IN_USE, "The first request with this Idempotency-Key is still running; retry shortly.", null));
        components.addResponse("IdempotencyKeyReused", problem("The Idempotency-Key was first used with a different request",
                ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was first used with a different request; use a new key for a new request.", null));
    }

    /** Members only some problems carry; the record keeps them in its extension map, so they are described here. */
    private static void describeProblemMembers(Schema problem) {
        if (problem == null) {
            return;
        }
        problem.getProperties().get("type").format("uri")
                .description("The problem's stable type: clients switch on it, never on detail. One of the types listed here (the README says when each is sent)")
                .enumeration(java.util.Arrays.stream(ProblemType.values()).map(t -> (Object) t.uri()).toList());
        problem.getProperties().get("instance").format("uri-reference");
        problem.addProperty("requiredRole", string().description("403: the role the endpoint needs")
                .enumeration(List.of("reader", "editor", "admin")).examples(List.of("editor")));
        problem.addProperty("currentVersion", integer().description("412: the version the resource is at now (its ETag without quotes)")
                .examples(List.of(3)));
        problem.addProperty("existingId", string().description("409: the id of the stored resource this one would duplicate")
                .examples(List.of("sp_1")));
        problem.addProperty("candidates", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                .description("409 ambiguous-speaker: the speakers a name could mean; send one's id as speakerId")
                .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("id", string().examples(List.of("sp_2")))
                        .addProperty("name", string().examples(List.of("Xi Jinping")))
                        .addProperty("description", string().examples(List.of("President of China")))));
        problem.addProperty("errorId", string().format("uuid").description("500: quote it when reporting the fault")
                .examples(List.of("6b1f0c52-1c0e-4f7a-9a55-0e3d2b7c9f41")));
        problem.addProperty("requestId", string().description("Every problem: the request's X-Request-Id, which the logs carry too")
                .examples(List.of("6b1f0c52-1c0e-4f7a-9a55-0e3d2b7c9f41")));
    }

    private static APIResponse problem(String description, ProblemType type, String detail, String field) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", type.uri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail);
        body.put("instance", "/v1/quotes");
        if (field != null) {
            body.put("field", field);
            body.put("errors", List.of(Map.of("field", field, "detail", detail)));
        }
        if (type == ProblemType.FORBIDDEN) {
            body.put("requiredRole", "editor");
        }
        if (type == ProblemType.INTERNAL) {
            body.put("errorId", "6b1f0c52-1c0e-4f7a-9a55-0e3d2b7c9f41");
        }
        Example example = OASFactory.createExample().summary(type.title()).value(body);
        return OASFactory.createAPIResponse().description(description).content(problemContent(example));
    }

    private static Content problemContent(Example example) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        if (example != null) {
            media.addExample("problem", example);
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    private static void putIfAbsent(APIResponses responses, String status, String sharedResponse) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(sharedResponse));
        }
    }

    private static Header header(String description, Schema schema, Object example) {
        return OASFactory.createHeader().description(description).schema(schema).example(example);
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema integer() {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER);
    }
}
