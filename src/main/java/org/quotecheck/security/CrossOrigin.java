package org.quotecheck.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.quotecheck.error.ProblemType;

/**
 * Cross-origin requests before Quarkus's CORS handler sees them:
 * <ul>
 * <li>the plugin client ({@code /client/…}) is public and loadable by a page of any origin (as a
 * module script, which browsers fetch in CORS mode): it is answered with {@code Access-Control-Allow-Origin: *};</li>
 * <li>any other request from an origin that {@code QUOTECHECK_CORS_ORIGINS} does not allow gets a
 * 403 problem saying so, instead of an empty 403 a developer cannot read.</li>
 * </ul>
 */
public class CrossOrigin {

    static final String PUBLIC_PREFIX = "/client/";

    void install(@Observes Router router) {
        Set<String> allowed = Set.copyOf(ConfigProvider.getConfig().getOptionalValues("quarkus.http.cors.origins", String.class).orElse(List.of()));
        router.route().order(-2000).handler(ctx -> handle(ctx, allowed));
    }

    private static void handle(RoutingContext ctx, Set<String> allowed) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || allowed.contains(origin) || allowed.contains("*") || sameOrigin(ctx, origin)) {
            ctx.next();
            return;
        }
        if (ctx.normalizedPath().startsWith(PUBLIC_PREFIX)) {
            ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            if (ctx.request().method() == HttpMethod.OPTIONS) {
                ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD").setStatusCode(204).end();
                return;
            }
            ctx.request().headers().remove(HttpHeaders.ORIGIN); // public: the CORS handler has nothing to refuse
            ctx.next();
            return;
        }
        ProblemType type = ProblemType.CORS_ORIGIN_NOT_ALLOWED;
        String body = "{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":" + type.status()
                + ",\"detail\":\"Browser requests from " + json(origin) + " are not allowed; the service's operator lists the allowed origins"
                + " in QUOTECHECK_CORS_ORIGINS.\",\"instance\":\"" + json(ctx.normalizedPath()) + "\"}";
        ctx.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json").putHeader("Vary", "Origin").end(body);
    }

    private static boolean sameOrigin(RoutingContext ctx, String origin) {
        String host = ctx.request().getHeader(HttpHeaders.HOST);
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
