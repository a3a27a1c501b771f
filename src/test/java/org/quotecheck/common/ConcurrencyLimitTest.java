package org.quotecheck.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.ProblemType;

class ConcurrencyLimitTest {

    /** Own threads: the common pool may have a single one on two cores, and the callers here block. */
    private final java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(2);

    @org.junit.jupiter.api.AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenTheTurnDoesNotComeInTime() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(1, Duration.ofMillis(50), "verifications");
        CountDownLatch leave = new CountDownLatch(1);
        CompletableFuture<String> holder = holdInside(limit, leave);
        ApiException busy = assertThrows(ApiException.class, () -> limit.run(() -> "second"));
        assertEquals(ProblemType.SERVICE_UNAVAILABLE, busy.type());
        assertEquals("1", busy.headers().get("Retry-After"));
        leave.countDown();
        assertEquals("first", holder.get());
        assertEquals("third", limit.run(() -> "third"), "the permit is back once the first caller is done");
    }

    @Test
    void shouldLetTheNextCallerInWhenTheWorkFails() {
        ConcurrencyLimit limit = new ConcurrencyLimit(1, Duration.ofMillis(50), "verifications");
        assertThrows(IllegalStateException.class, () -> limit.run(() -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("next", limit.run(() -> "next"));
    }

    @Test
    void shouldWaitForItsTurnWhenAnotherCallerIsInside() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(1, Duration.ofSeconds(30), "verifications");
        CountDownLatch leave = new CountDownLatch(1);
        CompletableFuture<String> first = holdInside(limit, leave);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> limit.run(() -> "second"), callers);
        while (limit.waiting() == 0) {
            Thread.onSpinWait();
        }
        assertEquals(false, second.isDone(), "the second caller waits while the first is inside");
        leave.countDown();
        assertEquals("first", first.get());
        assertEquals("second", second.get());
    }

    @Test
    void shouldRefuseALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new ConcurrencyLimit(0, Duration.ofSeconds(1), "verifications"));
    }

    /** A caller that is inside the limit when this returns, and stays until {@code leave} opens; it answers "first". */
    private CompletableFuture<String> holdInside(ConcurrencyLimit limit, CountDownLatch leave) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> limit.run(() -> {
            inside.countDown();
            await(leave);
            return "first";
        }), callers);
        inside.await();
        return holder;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
