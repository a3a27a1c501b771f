package org.quotecheck.source;

import static org.quotecheck.support.Fixtures.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.quotecheck.support.Fixtures.post;
import static org.quotecheck.support.Fixtures.quote;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceResourceTest {

    @Test
    void shouldCreateSourceWithAllFieldsWhenValid() {
        String url = uniqueUrl();
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("archiveUrl", "https://web.archive.org/web/2024/" + url);
        body.put("outlet", "DW");
        body.put("title", "Putin tells Xi Russia-China relations are at their 'best'");
        body.put("publishedOn", "2024-07-03");
        body.put("kind", "press-release");
        body.put("language", "en");
        body.put("agencies", List.of("AFP", "Reuters"));
        String location = post("/v1/sources", body).statusCode(201)
                .header("Location", containsString("/v1/sources/src_"))
                .body("url", equalTo(url))
                .body("kind", equalTo("press-release"))
                .body("agencies", equalTo(List.of("AFP", "Reuters")))
                .extract().header("Location");
        api().get(location).then().statusCode(200).body("source.url", equalTo(url)).body("quotes", hasSize(0));
    }

    @Test
    void shouldAnswer409WhenTheSamePageIsStoredUnderAnotherUrlSpelling() {
        String word = uniqueWord();
        String id = post("/v1/sources", Map.of("url", "https://www.example.com/news/" + word)).statusCode(201).extract().path("id");
        assertProblem(post("/v1/sources", Map.of("url", "http://EXAMPLE.com/news/" + word + "/?utm_source=x#top")), 409, "conflict")
                .body("existingId", equalTo(id));
    }

    @Test
    void shouldListQuotesOfSourceWhenFetchingIt() {
        String url = uniqueUrl();
        String speaker = "Speaker " + uniqueWord();
        Map<String, Object> q = quote("Words in this source " + uniqueWord(), speaker, url);
        q.put("start", 5);
        q.put("end", 30);
        String quoteId = post("/v1/quotes", q).statusCode(201).extract().path("id");
        String sourceId = api().get("/v1/quotes/" + quoteId).then().extract().path("earliestSource.id");
        api().get("/v1/sources/" + sourceId).then().statusCode(200)
                .body("quotes.id", equalTo(List.of(quoteId)))
                .body("quotes[0].speakerName", equalTo(speaker))
                .body("quotes[0].start", equalTo(5));
        // the same url inline again reuses the source
        post("/v1/quotes", quote("Other words in this source " + uniqueWord(), speaker, url + "/")).statusCode(201)
                .body("earliestSource.id", equalTo(sourceId));
        api().get("/v1/sources/" + sourceId).then().body("quotes", hasSize(2));
    }

    @Test
    void shouldListSourcesNewestFirstWhenFilteredByOutlet() {
        String outlet = "Outlet " + uniqueWord();
        String a = post("/v1/sources", Map.of("url", uniqueUrl(), "outlet", outlet)).statusCode(201).extract().path("id");
        String b = post("/v1/sources", Map.of("url", uniqueUrl(), "outlet", outlet)).statusCode(201).extract().path("id");
        api().queryParam("outlet", outlet.toLowerCase()).get("/v1/sources").then().statusCode(200)
                .body("data.id", equalTo(List.of(b, a)));
        api().queryParam("outlet", outlet).queryParam("limit", 1).get("/v1/sources").then()
                .body("data.id", equalTo(List.of(b))).body("hasMore", equalTo(true));
        api().get("/v1/sources").then().body("data.outlet", hasItem(outlet));
    }

    @Test
    void shouldRejectInvalidSourcesWithTheOffendingField() {
        assertFieldProblem(post("/v1/sources", Map.of("url", "not a url")), 400, "validation-failed", "url");
        assertFieldProblem(post("/v1/sources", Map.of("url", "javascript:alert(1)")), 400, "validation-failed", "url");
        assertFieldProblem(post("/v1/sources", Map.of("outlet", "DW")), 400, "validation-failed", "url");
        assertFieldProblem(post("/v1/sources", Map.of("url", uniqueUrl(), "archiveUrl", "archive")), 400, "validation-failed", "archiveUrl");
        assertFieldProblem(post("/v1/sources", Map.of("url", uniqueUrl(), "publishedOn", "2024-7-3")), 400, "validation-failed", "publishedOn");
        assertFieldProblem(post("/v1/sources", Map.of("url", uniqueUrl(), "language", "english language")), 400, "validation-failed", "language");
        assertFieldProblem(post("/v1/sources", Map.of("url", uniqueUrl(), "agencies", "AFP")), 400, "validation-failed", "agencies");
        assertFieldProblem(post("/v1/sources", Map.of("url", "https://example.com/" + "a".repeat(2100))), 400, "validation-failed", "url");
        assertProblem(api().get("/v1/sources/src_zzzzzz").then(), 404, "not-found");
        assertFieldProblem(api().queryParam("limit", -1).get("/v1/sources").then(), 400, "invalid-parameter", "limit");
    }
}
