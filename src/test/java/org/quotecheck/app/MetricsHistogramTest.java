package org.quotecheck.app;

import static org.hamcrest.Matchers.containsString;
import static org.quotecheck.support.Fixtures.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsHistogramTest {

    @Test
    void shouldExposeHttpLatencyAsHistogramBucketsForPercentilesAcrossPods() {
        api().queryParam("q", "old friend").get("/v1/quotes").then().statusCode(200);
        api().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("le=\"+Inf\""));
    }
}
