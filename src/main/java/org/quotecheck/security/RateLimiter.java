package org.quotecheck.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quotecheck.app.QuotecheckConfig;

/**
 * Per-key token buckets (Bucket4j), sized by role. Buckets live in the pod's memory: with N pods a
 * key gets up to N times its limit, which keeps the hot path free of database writes; the
 * Kubernetes notes say so.
 */
@ApplicationScoped
public class RateLimiter {

    /** The outcome for one request: allowed, with what is left, or refused with the wait. */
    public record Decision(boolean allowed, long remaining, long limit, long retryAfterSeconds) {
    }

    private final QuotecheckConfig config;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(QuotecheckConfig config) {
        this.config = config;
    }

    public Decision tryAcquire(String keyId, Role role) {
        long perMinute = perMinute(role);
        if (!config.rateLimit().enabled()) {
            return new Decision(true, perMinute, perMinute, 0);
        }
        Bucket bucket = buckets.computeIfAbsent(keyId + "|" + role.value(), k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long retryAfter = probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(probe.isConsumed(), probe.getRemainingTokens(), perMinute, retryAfter);
    }

    private long perMinute(Role role) {
        return switch (role) {
            case READER -> config.rateLimit().readerPerMinute();
            case EDITOR -> config.rateLimit().editorPerMinute();
            case ADMIN -> config.rateLimit().adminPerMinute();
        };
    }
}
