package org.quotecheck.common;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.quotecheck.error.Problem;

/**
 * What a careful HTTP client expects of every answer:
 * <ul>
 * <li>a request id ({@code X-Request-Id}, the caller's when it sends a sane one, else a new UUID) on
 * every response, in the log lines written while the request runs and in every problem body, so one
 * id ties a client's report to the service's logs;</li>
 * <li>{@code 304 Not Modified} for a GET whose {@code If-None-Match} names the current ETag (weak
 * comparison, as RFC 9110 says for If-None-Match), so a plugin can poll a quote cheaply;</li>
 * <li>{@code Vary: Accept} where an endpoint answers in more than one media type (a fact-check as
 * JSON or as schema.org JSON-LD), so caches keep the two apart.</li>
 * </ul>
 */
public class HttpConventions {

    public static final String REQUEST_ID = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String PROPERTY = HttpConventions.class.getName() + ".requestId";
    /** Visible ASCII without quotes or separators that could break a log line or a header. */
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100, preMatching = true)
    public void assignRequestId(ContainerRequestContext request) {
        String given = request.getHeaderString(REQUEST_ID);
        String id = given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(PROPERTY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void answer(ContainerRequestContext request, ContainerResponseContext response, SimpleResourceInfo resource) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(REQUEST_ID, id);
            if (response.getEntity() instanceof Problem problem) {
                response.setEntity(problem.withMember(MDC_KEY, id), null, response.getMediaType());
            }
        }
        MDC.remove(MDC_KEY);
        if (resource != null && resource.getResourceClass() != null && variesByAccept(resource)) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        if (response.getStatus() == 200 && (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))) {
            Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
            String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
            if (etag != null && ifNoneMatch != null && matchesWeakly(ifNoneMatch, etag.toString())) {
                response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
                response.setEntity(null);
            }
        }
    }

    /** If-None-Match: "*" or a list of tags, any of which equals the current one, weak or strong. */
    static boolean matchesWeakly(String ifNoneMatch, String currentTag) {
        String current = opaque(currentTag);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || (!t.isEmpty() && opaque(t).equals(current))) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        String t = tag.trim();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        return t.startsWith("\"") && t.endsWith("\"") && t.length() >= 2 ? t.substring(1, t.length() - 1) : t;
    }

    /** Whether an endpoint's answer depends on Accept: it produces several types, or shares its path and method with one that does. */
    private static boolean variesByAccept(SimpleResourceInfo resource) {
        return VARIES.computeIfAbsent(resource.getResourceClass().getName() + "#" + resource.getMethodName(), k -> {
            try {
                Method method = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
                Produces produces = method.getAnnotation(Produces.class);
                if (produces != null && produces.value().length > 1) {
                    return true;
                }
                for (Method other : resource.getResourceClass().getMethods()) {
                    if (!other.equals(method) && Objects.equals(path(other), path(method)) && Objects.equals(verb(other), verb(method))) {
                        return true;
                    }
                }
                return false;
            } catch (NoSuchMethodException e) {
                return false;
            }
        });
    }

    private static final Map<String, Boolean> VARIES = new ConcurrentHashMap<>();

    private static String path(Method method) {
        Path path = method.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    private static String verb(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }
}
