package org.quotecheck.app;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import org.quotecheck.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers an over-long body (by Content-Length) with a 413 problem before any of it is read; the
 * HTTP layer's own limit would answer with an empty body. A body within the limit is read here, on
 * the IO thread, before the request reaches its endpoint: a blocking endpoint would otherwise read it
 * from its worker thread, waiting on the IO thread twice per request (for the bytes, then for their
 * end) — a third of the thread switches of a verification.
 */
@ApplicationScoped
public class BodyLimit {

    void install(@Observes Router router, QuotecheckConfig config) {
        long max = config.bodyLimit().asLongValue();
        // no uploads to disk, no form parsing: the API takes JSON bodies
        BodyHandler read = BodyHandler.create(false).setBodyLimit(max).setPreallocateBodyBuffer(true);
        router.route().order(-1000).handler(ctx -> {
            if (ctx.request().path().startsWith("/v1/imports")) {
                ctx.next(); // streamed to disk; bounded by quarkus.http.limits.max-body-size
                return;
            }
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared = -1;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                // the HTTP layer rejects it
            }
            boolean chunked = length == null && "chunked".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING));
            if (chunked) {
                // a body of unknown length would be read whole before its size is known
                ctx.response().setStatusCode(411).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(new JsonObject().put("type", ProblemType.LENGTH_REQUIRED.uri()).put("title", ProblemType.LENGTH_REQUIRED.title())
                                .put("status", 411).put("detail", "Send the body with a Content-Length (only /v1/imports takes streamed bodies).")
                                .put("instance", ctx.request().path()).encode());
                return;
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
            if (declared > 0) {
                read.handle(ctx); // calls ctx.next() once the body is in
            } else {
                ctx.next();
            }
        }).failureHandler(ctx -> {
            if (ctx.failure() instanceof HttpClosedException) {
                return; // the client left (mid-body, or while its answer was on the way): nobody to answer, nothing to log
            }
            ctx.next();
        });
    }
}
