package org.quotecheck.resilience;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.quote;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many writers posting the same quote at once produce one quote with the right appearances. */
@QuarkusTest
class ConcurrentWritersTest {

    @Test
    void shouldStoreOneQuoteWithEveryAppearanceWhenWritersRaceOnTheSameWords() throws Exception {
        String speaker = "Brand New Speaker " + uniqueWord(); // created by the race itself
        String text = "We raced and nobody lost " + uniqueWord();
        int writers = 16;
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < writers / 2; i++) {
            urls.add(uniqueUrl()); // every source posted by two writers at once
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<int[]>> results = new ArrayList<>();
        Set<String> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int i = 0; i < writers; i++) {
            Map<String, Object> body = quote(text, speaker, urls.get(i % urls.size()));
            results.add(pool.submit((Callable<int[]>) () -> {
                start.await();
                var r = api().contentType(ContentType.JSON).body(body).post("/v1/quotes").then().extract();
                if (r.statusCode() < 300) {
                    ids.add(r.path("id"));
                }
                return new int[] {r.statusCode()};
            }));
        }
        start.countDown();
        Set<Integer> statuses = new HashSet<>();
        int created = 0;
        for (Future<int[]> f : results) {
            int status = f.get()[0];
            statuses.add(status);
            created += status == 201 ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(Set.of(200, 201).containsAll(statuses), "only 200 and 201, got " + statuses);
        assertEquals(1, created, "exactly one writer creates the quote");
        assertEquals(1, ids.size(), "every writer got the same quote");
        String id = ids.iterator().next();
        api().get("/v1/quotes/" + id).then().body("appearanceCount", equalTo(urls.size())).body("appearances", hasSize(urls.size()));
        api().queryParam("q", "speaker").queryParam("speaker", speaker).get("/v1/quotes").then().statusCode(200);
        api().queryParam("q", speaker).get("/v1/speakers").then().body("data.findAll { it.name == '" + speaker + "' }", hasSize(1));
    }
}
