package org.quotecheck.app;

import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods each API path has, read from the resource classes' annotations: OPTIONS answers with
 * them, and a 405 carries them in Allow (RFC 9110 requires it). As in JAX-RS matching, the template
 * with the most literal characters wins, so /v1/factchecks/feed.jsonld is not taken for /{id}.
 */
@ApplicationScoped
public class AllowedMethods {

    /** A resource path template and the methods declared on it. */
    record Route(Pattern pattern, int literalChars, Set<String> methods) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})*))?\\}");

    private volatile List<Route> routes;

    void install(@Observes Router router) {
        router.route().order(-998).handler(ctx -> {
            HttpMethod method = ctx.request().method();
            boolean preflight = ctx.request().getHeader(HttpHeaders.ORIGIN) != null
                    && ctx.request().getHeader("Access-Control-Request-Method") != null;
            if (method == HttpMethod.OPTIONS && !preflight) { // a CORS preflight is the CORS filter's
                Set<String> allowed = allowed(ctx.normalizedPath());
                if (!allowed.isEmpty()) {
                    ctx.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, String.join(", ", allowed)).end();
                    return;
                }
            }
            ctx.addHeadersEndHandler(v -> {
                if (ctx.response().getStatusCode() == 405) {
                    Set<String> allowed = allowed(ctx.normalizedPath());
                    if (!allowed.isEmpty()) {
                        ctx.response().putHeader(HttpHeaders.ALLOW, String.join(", ", allowed));
                    }
                }
            });
            ctx.next();
        });
    }

    /** The methods {@code path} answers, with HEAD beside GET and OPTIONS; empty when no resource has the path. */
    Set<String> allowed(String path) {
        int best = -1;
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.pattern().matcher(path).matches()) {
                if (route.literalChars() > best) {
                    best = route.literalChars();
                    methods.clear();
                }
                if (route.literalChars() == best) {
                    methods.addAll(route.methods());
                }
            }
        }
        if (!methods.isEmpty()) {
            if (methods.contains("GET")) {
                methods.add("HEAD");
            }
            methods.add("OPTIONS");
        }
        return methods;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = scan();
            routes = known;
        }
        return known;
    }

    private static List<Route> scan() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String template = join(base.value(), sub == null ? "" : sub.value());
                Route route = toRoute(template, httpMethod);
                found.add(route);
            }
        }
        return List.copyOf(found);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            jakarta.ws.rs.HttpMethod http = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = "/" + base.replaceAll("^/+|/+$", "") + (sub.isEmpty() ? "" : "/" + sub.replaceAll("^/+|/+$", ""));
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Route toRoute(String template, String httpMethod) {
        StringBuilder regex = new StringBuilder();
        int literal = 0;
        int at = 0;
        Matcher parameter = PARAMETER.matcher(template);
        while (parameter.find()) {
            String text = template.substring(at, parameter.start());
            regex.append(Pattern.quote(text));
            literal += text.length();
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).trim()).append(')');
            at = parameter.end();
        }
        String rest = template.substring(at);
        regex.append(Pattern.quote(rest));
        literal += rest.length();
        return new Route(Pattern.compile(regex + "/?"), literal, Set.of(httpMethod));
    }
}
