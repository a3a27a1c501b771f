package org.quotecheck.app;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.quotecheck.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an over-long body (by Content-Length) with a 413 problem before any of it is read; the
 * HTTP layer's own limit would answer with an empty body.
 */
@ApplicationScoped
public class BodyLimit {

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(-1000).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared = -1;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                // the HTTP layer rejects it
            }
            if (declared > max) {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(new JsonObject()
                                .put("type", ProblemType.PAYLOAD_TOO_LARGE.uri())
                                .put("title", ProblemType.PAYLOAD_TOO_LARGE.title())
                                .put("status", 413)
                                .put("detail", "The body is " + declared + " bytes; the limit is " + max + " bytes.")
                                .put("instance", ctx.request().path())
                                .encode());
                return;
            }
            ctx.next();
        });
    }
}
