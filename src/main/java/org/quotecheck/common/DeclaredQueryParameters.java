package org.quotecheck.common;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.quotecheck.error.ApiException;

/**
 * A query parameter the endpoint does not declare is a 400, like an unknown body field: a misspelt
 * filter ({@code ?speker=Putin}) would otherwise be ignored and answer with more than was asked for.
 * Runs after authentication, so a caller without a key still learns that first.
 */
public class DeclaredQueryParameters {

    /** An endpoint, as a filter sees it. */
    private record Endpoint(Class<?> type, String method, List<Class<?>> parameters) {
    }

    /** Each endpoint's declared names, read once by reflection. */
    private static final Map<Endpoint, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 50)
    public void rejectUndeclared(ContainerRequestContext request, SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null || !request.getUriInfo().getPath().startsWith("/v1")) {
            return;
        }
        Set<String> given = request.getUriInfo().getQueryParameters().keySet();
        if (given.isEmpty()) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(
                new Endpoint(resource.getResourceClass(), resource.getMethodName(), Arrays.asList(resource.parameterTypes())),
                DeclaredQueryParameters::declared);
        if (declared == null) {
            return;
        }
        for (String name : new TreeSet<>(given)) {
            if (!declared.contains(name)) {
                throw ApiException.invalidParameter(name, declared.isEmpty()
                        ? "This endpoint takes no query parameters; '" + name + "' is not one."
                        : "Unknown query parameter '" + name + "'; this endpoint takes " + String.join(", ", declared) + ".");
            }
        }
    }

    private static Set<String> declared(Endpoint endpoint) {
        Set<String> names = new TreeSet<>();
        try {
            Method method = endpoint.type().getMethod(endpoint.method(), endpoint.parameters().toArray(new Class<?>[0]));
            for (Annotation[] annotations : method.getParameterAnnotations()) {
                for (Annotation annotation : annotations) {
                    if (annotation instanceof QueryParam query) {
                        names.add(query.value());
                    }
                }
            }
        } catch (NoSuchMethodException e) {
            // an endpoint we cannot read is not checked: accept whatever it is sent
            return null;
        }
        return names;
    }
}
