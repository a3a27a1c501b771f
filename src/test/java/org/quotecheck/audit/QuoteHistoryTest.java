package org.quotecheck.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.as;
import static org.quotecheck.support.Fixtures.quote;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuoteHistoryTest {

    @Test
    void shouldListWhoChangedWhatWhenQuoteWasCreatedEditedSourcedAndRetracted() {
        String editorName = "newsdesk-" + uniqueWord();
        String editor = api().contentType(ContentType.JSON).body(Map.of("name", editorName, "role", "editor")).post("/v1/keys")
                .then().statusCode(201).extract().path("key");
        String speaker = "Speaker " + uniqueWord();
        String text = "History starts here " + uniqueWord();
        String id = as(editor).contentType(ContentType.JSON).body(quote(text, speaker, uniqueUrl())).post("/v1/quotes")
                .then().statusCode(201).extract().path("id");
        as(editor).contentType(ContentType.JSON).body(quote(text, speaker, uniqueUrl())).post("/v1/quotes").then().statusCode(200);
        String etag = api().get("/v1/quotes/" + id).then().extract().header("ETag");
        api().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("text", text, "speaker", speaker, "status", "verified", "saidOn", "2024-07-03")).put("/v1/quotes/" + id)
                .then().statusCode(200);
        as(editor).queryParam("reason", "Duplicate").delete("/v1/quotes/" + id).then().statusCode(200);

        api().get("/v1/quotes/" + id + "/history").then().statusCode(200)
                .body("quoteId", equalTo(id))
                .body("revisions.action", contains("created", "appearance-added", "appearance-added", "updated", "retracted"))
                .body("revisions[0].actor", equalTo(editorName))
                .body("revisions[0].changes.field", hasItem("text"))
                .body("revisions[3].actor", equalTo("bootstrap-admin"))
                .body("revisions[3].changes.find { it.field == 'status' }.from", equalTo("unreviewed"))
                .body("revisions[3].changes.find { it.field == 'status' }.to", equalTo("verified"))
                .body("revisions[4].changes.find { it.field == 'retractionReason' }.to", equalTo("Duplicate"))
                .body("revisions[4].actor", equalTo(editorName));
    }

    @Test
    void shouldAnswer404WhenQuoteIsUnknown() {
        assertProblem(api().get("/v1/quotes/qt_zzzzzz/history").then(), 404, "not-found");
    }
}
