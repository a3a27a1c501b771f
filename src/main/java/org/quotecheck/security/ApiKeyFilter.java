package org.quotecheck.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.ProblemType;

/**
 * Everything under /v1 needs an API key ({@code Authorization: Bearer <key>} or
 * {@code X-API-Key: <key>}) whose role covers the endpoint, within its rate limit. Wrong keys are
 * counted per client address, and an address that keeps sending them is throttled. Health, metrics,
 * OpenAPI and Swagger UI are outside /v1 and stay open.
 */
public class ApiKeyFilter {

    private static final String RATE_LIMIT_PROPERTY = "quotecheck.rate-limit";

    private final ApiKeyService keys;
    private final RateLimiter rateLimiter;
    private final Caller caller;
    private final FailedAuthenticationThrottle failedAuthentications;

    private final org.quotecheck.app.DomainMetrics metrics;

    ApiKeyFilter(ApiKeyService keys, RateLimiter rateLimiter, Caller caller, FailedAuthenticationThrottle failedAuthentications,
            org.quotecheck.app.DomainMetrics metrics) {
        this.metrics = metrics;
        this.keys = keys;
        this.rateLimiter = rateLimiter;
        this.caller = caller;
        this.failedAuthentications = failedAuthentications;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request, SimpleResourceInfo resource, HttpServerRequest connection) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/v1") || HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        String key = presentedKey(request);
        if (key == null) {
            throw unauthorized("Send your API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.");
        }
        String address = connection.remoteAddress() == null ? "unknown" : connection.remoteAddress().hostAddress();
        OptionalLong wait = failedAuthentications.retryAfterSeconds(address);
        if (wait.isPresent()) {
            // even for a right key: otherwise the answer would tell a guesser which key worked
            metrics.rateLimited(org.quotecheck.app.DomainMetrics.RateLimit.FAILED_AUTHENTICATION);
            throw new ApiException(ProblemType.RATE_LIMITED, "Too many requests with API keys that are not valid came from your address; retry in "
                    + wait.getAsLong() + " s.", List.of(), Map.of(), Map.of("Retry-After", String.valueOf(wait.getAsLong())));
        }
        Optional<ApiKeyService.Principal> found = keys.authenticate(key);
        if (found.isEmpty()) {
            failedAuthentications.recordFailure(address);
            throw unauthorized("The API key is not valid or has been revoked.");
        }
        ApiKeyService.Principal principal = found.get();
        caller.set(principal.name(), principal.role(), principal.id());
        Role required = requiredRole(request.getMethod(), resource);
        if (!principal.role().includes(required)) {
            throw new ApiException(ProblemType.FORBIDDEN, "This needs the " + required.value() + " role; the key '" + principal.name()
                    + "' is " + principal.role().value() + ".", List.of(), Map.of("requiredRole", required.value()));
        }
        RateLimiter.Decision decision = rateLimiter.tryAcquire(principal.id(), principal.role());
        request.setProperty(RATE_LIMIT_PROPERTY, decision);
        if (!decision.allowed()) {
            metrics.rateLimited(org.quotecheck.app.DomainMetrics.RateLimit.API_KEY);
            throw new ApiException(ProblemType.RATE_LIMITED, "Rate limit of " + decision.limit() + " requests a minute for this key reached; retry in "
                    + decision.retryAfterSeconds() + " s.", List.of(), Map.of(),
                    Map.of("Retry-After", String.valueOf(decision.retryAfterSeconds()), "RateLimit-Limit", String.valueOf(decision.limit()),
                            "RateLimit-Remaining", "0"));
        }
    }

    @ServerResponseFilter
    public void rateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(RATE_LIMIT_PROPERTY) instanceof RateLimiter.Decision d && d.allowed()) {
            response.getHeaders().putSingle("RateLimit-Limit", String.valueOf(d.limit()));
            response.getHeaders().putSingle("RateLimit-Remaining", String.valueOf(d.remaining()));
        }
    }

    /** An endpoint, as a filter sees it. */
    private record Endpoint(Class<?> type, String method, List<Class<?>> parameters) {
    }

    /** The role each endpoint needs, looked up once: reflection on every request cost more than the check. */
    private static final Map<Endpoint, Role> REQUIRED_ROLES = new ConcurrentHashMap<>();

    /** The role an endpoint needs: its own annotation, else its class's, else by method. */
    static Role requiredRole(String httpMethod, SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return byMethod(httpMethod);
        }
        Endpoint endpoint = new Endpoint(resource.getResourceClass(), resource.getMethodName(), Arrays.asList(resource.parameterTypes()));
        return REQUIRED_ROLES.computeIfAbsent(endpoint, e -> annotatedRole(e).orElseGet(() -> byMethod(httpMethod)));
    }

    private static Optional<Role> annotatedRole(Endpoint endpoint) {
        Optional<RequiresRole> annotation = Optional.empty();
        try {
            Method method = endpoint.type().getMethod(endpoint.method(), endpoint.parameters().toArray(new Class<?>[0]));
            annotation = Optional.ofNullable(method.getAnnotation(RequiresRole.class));
        } catch (NoSuchMethodException e) {
            // fall through to the class and the default
        }
        if (annotation.isEmpty()) {
            annotation = Optional.ofNullable(endpoint.type().getAnnotation(RequiresRole.class));
        }
        return annotation.map(RequiresRole::value);
    }

    private static Role byMethod(String httpMethod) {
        return HttpMethod.GET.equals(httpMethod) || HttpMethod.HEAD.equals(httpMethod) ? Role.READER : Role.EDITOR;
    }

    private static String presentedKey(ContainerRequestContext request) {
        String header = request.getHeaderString("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String authorization = request.getHeaderString("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && authorization.length() > 7) {
            return authorization.substring(7).trim();
        }
        return null;
    }

    private static ApiException unauthorized(String detail) {
        return new ApiException(ProblemType.UNAUTHORIZED, detail, List.of(), Map.of(), Map.of("WWW-Authenticate", "Bearer realm=\"quotecheck\""));
    }
}
