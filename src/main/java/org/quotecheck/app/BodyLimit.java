package org.quotecheck.app;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.quotecheck.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers an over-long body (by Content-Length) with a 413 problem before any of it is read; the
 * HTTP layer's own limit would answer with an empty body. A body within the limit is read here, on
 * the IO thread, before the request reaches its endpoint: a blocking endpoint would otherwise read it
 * from its worker thread, waiting on the IO thread twice per request (for the bytes, then for their
 * end) — a third of the thread switches of a verification. It must arrive whole within the body
 * timeout (408 otherwise), so a client trickling bytes cannot hold a connection. Paths are judged
 * raw, as sent: one the router would first have to normalise is refused here (see CanonicalPath).
 */
@ApplicationScoped
public class BodyLimit {

    private static final String IMPORTS = "/v1/imports";
    private static final String BODY_TIMER = "quotecheck.body-timer";

    void install(@Observes Router router, QuotecheckConfig config) {
        long max = config.bodyLimit().asLongValue();
        // no uploads to disk, no form parsing: the API takes JSON bodies
        BodyHandler read = BodyHandler.create(false).setBodyLimit(max).setPreallocateBodyBuffer(true);
        long bodyTimeout = Math.max(1, config.http().bodyTimeout().toMillis());
        router.route().order(-1000).handler(ctx -> {
            String path = ctx.request().path();
            String pathProblem = CanonicalPath.problemWith(path);
            if (pathProblem != null) {
                // decided on the raw path, before any limit or key check: the router would resolve it to another
                problem(ctx, 400, ProblemType.MALFORMED_PATH, "The path " + pathProblem + "; send the endpoint's own path, such as /v1/verify.");
                return;
            }
            if (IMPORTS.equals(path) && ctx.request().method() == HttpMethod.POST) {
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
                problem(ctx, 411, ProblemType.LENGTH_REQUIRED, "Send the body with a Content-Length (only /v1/imports takes streamed bodies).");
                return;
            }
            if (declared > max) {
                problem(ctx, 413, ProblemType.PAYLOAD_TOO_LARGE, "The body is " + declared + " bytes; the limit is " + max + " bytes.");
                return;
            }
            if (declared > 0) {
                // the whole body within the body timeout, however steadily it trickles in; cancelled once it is in
                long timer = ctx.vertx().setTimer(bodyTimeout, id -> {
                    if (!ctx.response().ended() && !ctx.response().headWritten()) {
                        problem(ctx, 408, ProblemType.REQUEST_TIMEOUT, "The body did not arrive within " + bodyTimeout / 1000.0 + " s.");
                        ctx.request().connection().close();
                    }
                });
                ctx.put(BODY_TIMER, timer);
                ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
                read.handle(ctx); // calls ctx.next() once the body is in
            } else {
                ctx.next();
            }
        });
        router.route().order(-999).handler(ctx -> {
            Long timer = ctx.get(BODY_TIMER);
            if (timer != null) {
                ctx.vertx().cancelTimer(timer);
            }
            ctx.next();
        }).failureHandler(ctx -> {
            if (ctx.failure() instanceof HttpClosedException) {
                return; // the client left (mid-body, or while its answer was on the way): nobody to answer, nothing to log
            }
            ctx.next();
        });
    }

    /** Answers with a problem and closes the connection: whatever of the body is still on its way is not read. */
    private static void problem(RoutingContext ctx, int status, ProblemType type, String detail) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(new JsonObject().put("type", type.uri()).put("title", type.title()).put("status", status)
                        .put("detail", detail).put("instance", ctx.request().path()).encode());
    }
}
