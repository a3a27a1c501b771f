package org.quotecheck.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.quotecheck.app.QuotecheckConfig;

/**
 * Failed authentications per client address (Bucket4j): an address that presents more wrong keys
 * in a minute than the allowance is refused until its minute is over, whatever key it sends next,
 * so that guessing keys does not pay. Like the per-key limits it lives in the pod's memory.
 */
@ApplicationScoped
public class FailedAuthenticationThrottle {

    private static final Logger LOG = Logger.getLogger(FailedAuthenticationThrottle.class);

    /** Addresses tracked before the table is dropped and started afresh: a spray of addresses must not exhaust memory. */
    private static final int MAX_ADDRESSES = 100_000;

    private final QuotecheckConfig config;
    private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

    FailedAuthenticationThrottle(QuotecheckConfig config) {
        this.config = config;
    }

    /** Seconds until {@code address} may try again, if it is throttled now. */
    public OptionalLong retryAfterSeconds(String address) {
        Bucket bucket = failures.get(address);
        if (bucket == null || !config.rateLimit().enabled()) {
            return OptionalLong.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    /** Counts a wrong key from {@code address}, and logs the address once it is throttled. */
    public void recordFailure(String address) {
        if (!config.rateLimit().enabled()) {
            return;
        }
        if (failures.size() >= MAX_ADDRESSES) {
            failures.clear();
        }
        long allowance = Math.max(1, config.rateLimit().failedAuthPerMinute());
        Bucket bucket = failures.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(allowance).refillIntervally(allowance, Duration.ofMinutes(1)))
                .build());
        if (bucket.tryConsume(1) && bucket.getAvailableTokens() == 0) {
            LOG.warnf("Authentication throttled for %s: %d wrong API keys within a minute", address, allowance);
        }
    }
}
