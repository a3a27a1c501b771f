package org.quotecheck.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.as;
import static org.quotecheck.support.Fixtures.issueKey;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The rebuild endpoint with the embedded backend, where each pod builds its own index at start. */
@QuarkusTest
class SearchIndexResourceTest {

    private static final String REBUILDS = "/v1/admin/search-index/rebuilds";

    @Test
    void shouldPointToARollingRestartWhenTheBackendIsEmbedded() {
        assertProblem(api().post(REBUILDS).then(), 409, "embedded-index-rebuilt-at-start")
                .body("detail", containsString("rolling restart"));
        assertProblem(api().get(REBUILDS + "/rb_1").then(), 404, "not-found");
    }

    @Test
    void shouldRefuseKeysBelowAdmin() {
        assertProblem(as(issueKey("editor")).post(REBUILDS).then(), 403, "forbidden").body("requiredRole", equalTo("admin"));
        assertProblem(as(issueKey("reader")).get(REBUILDS + "/rb_1").then(), 403, "forbidden").body("requiredRole", equalTo("admin"));
    }
}
