package org.quotecheck.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become {@code application/problem+json}. Client mistakes get a
 * 4xx naming the offending field; anything unexpected gets a 500 with an error id that is logged,
 * never a stack trace.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response.ResponseBuilder builder = Response.fromResponse(respond(e.type(), e.getMessage(), e.errors(), e.extensions(), uri));
        e.headers().forEach(builder::header);
        return builder.build();
    }

    /** Two writers raced on the same row; the loser's view was stale. */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class})
    public Response staleWrite(Exception e, UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED, "Someone else changed this resource meanwhile; read it again and retry with its new ETag.",
                List.of(), Map.of(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        boolean parameters = e.getConstraintViolations().stream().allMatch(ProblemMapper::isParameterViolation);
        String detail = errors.stream().map(f -> f.field() + ": " + f.detail()).reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return respond(parameters ? ProblemType.INVALID_PARAMETER : ProblemType.VALIDATION, detail, errors, Map.of(), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() && !isSyntaxError(e)) {
            String field = jsonPath(mapping);
            String detail;
            if (e instanceof UnrecognizedPropertyException) {
                detail = "unknown field '" + field + "'";
            } else if (e instanceof InvalidFormatException invalid
                    && (invalid.getTargetType() == String.class || invalid.getTargetType() == java.time.LocalDate.class)) {
                detail = firstLine(e.getOriginalMessage());
            } else if (e instanceof InvalidFormatException invalid) {
                detail = "'" + invalid.getValue() + "' is not a valid " + simpleType(invalid.getTargetType());
            } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                detail = "expected " + simpleType(mismatched.getTargetType());
            } else {
                detail = firstLine(e.getOriginalMessage());
            }
            if (e.getCause() instanceof ApiException api) {
                detail = api.getMessage();
            }
            return respond(ProblemType.VALIDATION, field + ": " + detail, List.of(new FieldError(field, detail)), Map.of(), uri);
        }
        if (!isSyntaxError(e) && e instanceof MismatchedInputException mismatched) {
            // valid JSON of the wrong shape as a whole: say which shape, not which Java type
            String detail = firstLine(mismatched.getOriginalMessage()).startsWith("Trailing token")
                    ? "The body must be a single JSON value with nothing after it."
                    : "The body must be a JSON " + (mismatched.getTargetType() != null && (mismatched.getTargetType().isArray()
                            || java.util.Collection.class.isAssignableFrom(mismatched.getTargetType())) ? "array." : "object.");
            return respond(ProblemType.MALFORMED_JSON, detail, List.of(), Map.of(), uri);
        }
        Throwable cause = e;
        while (cause.getCause() instanceof JsonProcessingException inner && inner != cause) {
            cause = inner;
        }
        String message = cause instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : cause.getMessage();
        return respond(ProblemType.MALFORMED_JSON, "The body is not valid JSON: " + firstLine(message), List.of(), Map.of(), uri);
    }

    /** Java and library type names as they leak into parser messages, with the token Jackson was at. */
    private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern.compile(
            "\\s*\\(token `?JsonToken\\.\\w+`?\\)|`?\\b(?:java|javax|jakarta|com|org|io|net)(?:\\.[a-z_]\\w*)+\\.[A-Z][\\w$]*(?:<[^>]*>)?`?"
                    + "|`?JsonToken\\.\\w+`?");

    /** A detail in the API's words: type names become what a client sends (a string, a date...), the rest is left as it was. */
    static String apiWords(String detail) {
        if (detail == null) {
            return null;
        }
        java.util.regex.Matcher m = JAVA_NAME.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group();
            String word;
            if (name.contains("(token") || name.contains("JsonToken")) {
                word = "";
            } else if (name.contains("LocalDate")) {
                word = "date (YYYY-MM-DD)";
            } else if (name.matches(".*\\.(String|Character)`?")) {
                word = "string";
            } else if (name.matches(".*\\.(Integer|Long|Short|Double|Float|BigDecimal|BigInteger|Number)`?")) {
                word = "number";
            } else if (name.matches(".*\\.Boolean`?")) {
                word = "boolean";
            } else if (name.matches(".*\\.(List|ArrayList|Collection|Set|HashSet)(<.*>)?`?")) {
                word = "array";
            } else {
                word = "object";
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString().replace("`", "'");
    }

    /** Quarkus has its own mapper for this family; ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.VALIDATION;
        };
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath() + ".";
            case 405 -> "This resource does not support that method.";
            case 415 -> "Send the body as application/json.";
            case 406 -> "This resource answers application/json.";
            default -> e.getMessage() == null ? type.title() : firstLine(e.getMessage());
        };
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return Response.fromResponse(respond(type, detail, List.of(), Map.of(), uri, status)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE,
                    "The database is not reachable; retry shortly.", List.of(), Map.of(), uri))
                    .header("Retry-After", "5").build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(ProblemType.INTERNAL, "Something went wrong on our side; quote error id " + errorId + " when reporting it.",
                List.of(), Map.of("errorId", errorId), uri);
    }

    private static Response respond(ProblemType type, String detail, List<FieldError> errors, Map<String, Object> ext, UriInfo uri) {
        return respond(type, detail, errors, ext, uri, type.status());
    }

    private static Response respond(ProblemType type, String detail, List<FieldError> errors, Map<String, Object> ext,
            UriInfo uri, int status) {
        String field = errors.isEmpty() ? null : errors.get(0).field();
        List<FieldError> worded = errors.stream().map(f -> new FieldError(f.field(), apiWords(f.detail()))).toList();
        Problem problem = new Problem(type.uri(), type.title(), status, apiWords(detail), uri == null ? null : uri.getPath(), field, worded, ext);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Broken JSON syntax, even when Jackson reports it wrapped with the path it got to. */
    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.StreamReadException
                    && !(t instanceof com.fasterxml.jackson.databind.DatabindException)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database could not be reached, anywhere in the chain of causes — and in suppressed
     * exceptions: a commit that fails because the server went away arrives as a RollbackException
     * whose connection error is suppressed, not its cause.
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        return isDatabaseUnavailable(e, 0);
    }

    private static boolean isDatabaseUnavailable(Throwable e, int depth) {
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isDatabaseUnavailable(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A violation on a query or path parameter rather than on the JSON body (whose parameter is named "request"). */
    private static boolean isParameterViolation(ConstraintViolation<?> v) {
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || (node.getKind() == ElementKind.PARAMETER && BODY.equals(node.getName()))) {
                return false;
            }
        }
        return true;
    }

    private static final String BODY = "request";

    /** "create.request.source.url" → "source.url"; "search.limit" → "limit". */
    private static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    String name = node.getName();
                    if (node.getIndex() != null && !names.isEmpty()) {
                        int last = names.size() - 1;
                        names.set(last, names.get(last) + "[" + node.getIndex() + "]");
                    }
                    if (name != null && !name.startsWith("<")) {
                        names.add(name);
                    }
                }
                default -> {
                }
            }
        }
        if (names.isEmpty()) {
            return parameter == null || BODY.equals(parameter) ? "body" : parameter;
        }
        return String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                values.add(constant instanceof org.quotecheck.common.LowercaseEnum lower ? lower.value() : constant.toString());
            }
            return "value, one of " + values;
        }
        if (type == String.class) {
            return "string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
