package org.quotecheck.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.FieldError;
import org.quotecheck.error.ProblemType;
import org.quotecheck.security.Caller;

/**
 * {@code Idempotency-Key} on POST, in the manner of Stripe: the same key with the same body replays
 * the first response (with {@code Idempotent-Replayed: true}); with another body it is a 422; while
 * the first is still running, a 409. Keys are scoped to the API key that sent them. A 5xx is not
 * remembered, so a retry after a failure on our side runs again.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIM = "quotecheck.idempotency";
    private static final int MAX_KEY_LENGTH = 255;

    private record Claim(String caller, String key) {
    }

    private final IdempotencyStore store;
    private final Caller caller;
    private final ObjectMapper mapper;

    IdempotencyFilter(IdempotencyStore store, Caller caller, ObjectMapper mapper) {
        this.store = store;
        this.caller = caller;
        this.mapper = mapper;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 100)
    public Optional<Response> claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod()) || !caller.isAuthenticated()) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new ApiException(ProblemType.VALIDATION, "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters (a UUID is ideal).",
                    List.of(new FieldError(HEADER, "1 to 255 visible ASCII characters")), Map.of());
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String path = request.getUriInfo().getRequestUri().getRawPath();
        byte[] hash = sha256(path, body);
        IdempotencyStore.Existing existing = store.claim(caller.keyId(), key, request.getMethod(), path, hash);
        if (existing == null) {
            request.setProperty(CLAIM, new Claim(caller.keyId(), key));
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(existing.requestHash(), hash)) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was first used with a different request; use a new key for a new request.", List.of(), Map.of());
        }
        if (existing.status() == null) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_IN_USE, "The first request with this Idempotency-Key is still running; retry shortly.",
                    List.of(), Map.of(), Map.of("Retry-After", "1"));
        }
        Response.ResponseBuilder replay = Response.status(existing.status()).entity(existing.body()).header("Idempotent-Replayed", "true");
        if (existing.mediaType() != null) {
            replay.type(existing.mediaType());
        }
        if (existing.location() != null) {
            replay.header(HttpHeaders.LOCATION, existing.location());
        }
        return Optional.of(replay.build());
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        if (response.getStatus() >= 500) {
            store.release(claim.caller(), claim.key());
            return;
        }
        String body;
        try {
            Object entity = response.getEntity();
            body = entity == null ? null : entity instanceof String s ? s : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        store.complete(claim.caller(), claim.key(), response.getStatus(), body,
                response.getMediaType() == null ? null : response.getMediaType().toString(), location);
    }

    private static byte[] sha256(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
