package org.quotecheck.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.quotecheck.verify.engine.CandidateSearch;

/**
 * The few REST calls quotecheck makes to an OpenSearch cluster, over the JDK's HTTP client with
 * JSON by Jackson (both on the class path already): search, count, term statistics, bulk writes
 * and index creation need no more than a request and a JSON answer. A cluster that cannot be
 * reached, times out or fails (5xx) raises {@link CandidateSearch.Unavailable}.
 */
public final class OpenSearchClient {

    /** An answer: its HTTP status and JSON body (empty object when it had none). */
    public record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * After a failure, requests fail at once for this long instead of each waiting out the timeout:
     * a cluster that hangs would otherwise add the timeout to every verify.
     */
    private static final long QUIET_AFTER_FAILURE_NANOS = 5_000_000_000L;

    private final URI base;
    private final Optional<String> authorization;
    private final Duration timeout;
    private final HttpClient http;
    private volatile long failedAt;
    private volatile boolean failed;

    public OpenSearchClient(String url, Optional<String> username, Optional<String> password, Duration timeout) {
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.authorization = username.map(u -> "Basic "
                + Base64.getEncoder().encodeToString((u + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8)));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public Answer get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Answer post(String path, JsonNode body) {
        return send("POST", path, write(body), "application/json");
    }

    public Answer put(String path, JsonNode body) {
        return send("PUT", path, write(body), "application/json");
    }

    public Answer delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    /** A bulk request: newline-delimited JSON, each line ending with a newline. */
    public Answer bulk(String path, String ndjson) {
        return send("POST", path, ndjson, "application/x-ndjson");
    }

    private Answer send(String method, String path, String body, String contentType) {
        if (failed && System.nanoTime() - failedAt < QUIET_AFTER_FAILURE_NANOS) {
            throw new CandidateSearch.Unavailable("the search cluster failed moments ago; trying it again shortly", null);
        }
        try {
            Answer answer = exchange(method, path, body, contentType);
            failed = false;
            return answer;
        } catch (CandidateSearch.Unavailable e) {
            failedAt = System.nanoTime();
            failed = true;
            throw e;
        }
    }

    private Answer exchange(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        authorization.ifPresent(a -> request.header("Authorization", a));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CandidateSearch.Unavailable("the search cluster did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CandidateSearch.Unavailable("interrupted while waiting for the search cluster", e);
        }
        if (response.statusCode() >= 500) {
            throw new CandidateSearch.Unavailable("the search cluster answered " + response.statusCode() + ": " + abbreviated(response.body()), null);
        }
        return new Answer(response.statusCode(), read(response.body()));
    }

    private static String write(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new CandidateSearch.Unavailable("the search cluster answered something that is not JSON: " + abbreviated(body), e);
        }
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
