package org.quotecheck.error;

/**
 * The stable problem types of the API (RFC 9457 {@code type}). Clients switch on these URIs,
 * never on the human {@code detail}; the README lists them.
 */
public enum ProblemType {
    VALIDATION("validation-failed", 400, "Request is not valid"),
    MALFORMED_JSON("malformed-json", 400, "Request body is not valid JSON for this endpoint"),
    INVALID_PARAMETER("invalid-parameter", 400, "A query or path parameter is not valid"),
    MALFORMED_PATH("malformed-path", 400, "Request path is not in canonical form"),
    UNAUTHORIZED("unauthorized", 401, "API key missing or not valid"),
    FORBIDDEN("forbidden", 403, "API key's role does not allow this"),
    CORS_ORIGIN_NOT_ALLOWED("cors-origin-not-allowed", 403, "Browser requests from this origin are not allowed"),
    NOT_FOUND("not-found", 404, "Resource not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Cannot produce the requested media type"),
    CONFLICT("conflict", 409, "Conflicts with an existing resource"),
    AMBIGUOUS_SPEAKER("ambiguous-speaker", 409, "Speaker name matches several speakers"),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", 409, "A request with this Idempotency-Key is still being processed"),
    REBUILD_IN_PROGRESS("rebuild-in-progress", 409, "A rebuild of the search index is unfinished"),
    EMBEDDED_INDEX_REBUILT_AT_START("embedded-index-rebuilt-at-start", 409, "Each pod rebuilds its embedded search index when it starts"),
    REQUEST_TIMEOUT("request-timeout", 408, "Request body not received in time"),
    LENGTH_REQUIRED("length-required", 411, "Content-Length required"),
    PRECONDITION_FAILED("precondition-failed", 412, "The resource changed since you read it"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key was used with a different request"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match header required"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service temporarily unavailable"),
    INTERNAL("internal-error", 500, "Internal error");

    public static final String BASE = "https://quotecheck.dev/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
