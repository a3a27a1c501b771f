package org.quotecheck.error;

import java.util.List;
import java.util.Map;

/**
 * A client-visible failure with its problem type. Services throw it; {@link ProblemMapper} turns it
 * into {@code application/problem+json}.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors, Map<String, Object> extensions) {
        this(type, detail, errors, extensions, Map.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors, Map<String, Object> extensions,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.extensions = extensions;
        this.headers = headers;
    }

    public static ApiException invalidField(String field, String detail) {
        return new ApiException(ProblemType.VALIDATION, detail, List.of(new FieldError(field, detail)), Map.of());
    }

    public static ApiException invalidParameter(String parameter, String detail) {
        return new ApiException(ProblemType.INVALID_PARAMETER, detail, List.of(new FieldError(parameter, detail)), Map.of());
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(ProblemType.NOT_FOUND, "No " + what + " with id '" + id + "'.");
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Response headers that belong to this problem, such as Retry-After or WWW-Authenticate. */
    public Map<String, String> headers() {
        return headers;
    }
}
