package org.quotecheck.resilience;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.quote;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.quotecheck.support.OwnDatabaseProfile;
import org.quotecheck.support.ThrowawayDatabase;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under write load and comes back: requests fail fast with 503, readiness
 * goes DOWN while liveness stays UP, the service recovers by itself, and no acknowledged write is lost.
 */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
class DatabaseOutageTest {

    private RestAssuredConfig previous;

    @BeforeEach
    void failFastClient() {
        previous = RestAssured.config;
        // a request that hangs instead of failing fast breaks the test: 3 s socket timeout
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 3000).setParam("http.socket.timeout", 3000));
    }

    @AfterEach
    void restoreClient() {
        RestAssured.config = previous;
        ThrowawayDatabase.startDatabase();
    }

    @Test
    void shouldFailFastReportNotReadyAndRecoverWithoutLosingWritesWhenDatabaseRestarts() throws Exception {
        String speaker = "Outage Speaker " + uniqueWord();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            writers.submit(() -> {
                while (running.get()) {
                    try {
                        var r = api().contentType(ContentType.JSON).body(quote("Written under load " + uniqueWord(), speaker, uniqueUrl()))
                                .post("/v1/quotes").then().extract();
                        if (r.statusCode() == 201) {
                            acknowledged.add(r.path("id"));
                        } else if (r.statusCode() == 503 && r.contentType().startsWith("application/problem+json")) {
                            unavailable.incrementAndGet();
                        } else {
                            unexpected.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        unexpected.incrementAndGet(); // includes a request that hung past the timeout
                    }
                }
            });
        }
        waitUntil(() -> acknowledged.size() >= 20);

        ThrowawayDatabase.stopDatabase();
        waitUntil(() -> unavailable.get() >= 4);
        assertProblem(api().get("/v1/quotes").then(), 503, "service-unavailable").header("Retry-After", equalTo("5"));
        api().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        api().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        ThrowawayDatabase.startDatabase();
        waitUntil(() -> api().get("/q/health/ready").statusCode() == 200);
        int before = acknowledged.size();
        waitUntil(() -> acknowledged.size() >= before + 20);
        running.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));

        assertEquals(0, unexpected.get(), "every answer is 201 or a 503 problem, and none hangs");
        for (String id : acknowledged) {
            api().get("/v1/quotes/" + id).then().statusCode(200);
        }
        int stored = api().queryParam("speaker", speaker).queryParam("limit", 1).get("/v1/quotes").then().statusCode(200)
                .extract().jsonPath().getList("data").size();
        assertEquals(1, stored);
        api().contentType(ContentType.JSON).body(quote("After the outage " + uniqueWord(), speaker, uniqueUrl())).post("/v1/quotes")
                .then().statusCode(201);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
