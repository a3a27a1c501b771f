package org.quotecheck.common;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.ProblemType;

/**
 * At most so many callers inside at once; the others wait their turn (first come, first served),
 * parked rather than runnable. CPU-bound work run by more threads than the cores can serve gets
 * no faster and its tail much longer: on two cores shared with PostgreSQL and the client, 32
 * verifications at once ran at 3,400-4,300/s with a p99 of 370-450 ms, at most 4 at once at
 * 4,300-4,500/s with a p99 of 16-25 ms. A caller that waits longer than {@code wait} gets a 503
 * problem with Retry-After rather than an ever longer queue.
 */
public final class ConcurrencyLimit {

    private final Semaphore permits;
    private final long waitNanos;
    private final String what;

    public ConcurrencyLimit(int permits, Duration wait, String what) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, not " + permits);
        }
        this.permits = new Semaphore(permits, true);
        this.waitNanos = wait.toNanos();
        this.what = what;
    }

    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "Too many " + what + " at once on this server; retry in a second.",
                    List.of(), Map.of(), Map.of("Retry-After", "1"));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** Callers waiting for their turn now (for tests and diagnostics). */
    public int waiting() {
        return permits.getQueueLength();
    }
}
