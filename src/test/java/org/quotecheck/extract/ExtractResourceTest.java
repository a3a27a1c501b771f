package org.quotecheck.extract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.as;
import static org.quotecheck.support.Fixtures.issueKey;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExtractResourceTest {

    static final String PARAGRAPH = "Russian President Vladimir Putin met Chinese President Xi Jinping in Astana 😀.\n\n"
            + "\"Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history,\" Putin said.\n\n"
            + "Xi called Putin his \"old friend\" at the \"Eurasian security club\" meeting.";

    @Test
    void shouldFindQuotesSpeakersAndOffsetsWhenGivenAnArticle() {
        var r = api().contentType(ContentType.JSON).body(Map.of("text", PARAGRAPH, "publishedOn", "2024-07-03")).post("/v1/extract").then()
                .statusCode(200)
                .body("quotes", hasSize(3))
                .body("quotes[0].kind", equalTo("direct"))
                .body("quotes[0].speaker.name", equalTo("Vladimir Putin"))
                .body("quotes[0].speaker.id", startsWith("sp_"))
                .body("quotes[0].mention", equalTo("Putin"))
                .body("quotes[1].kind", equalTo("fragment"))
                .body("quotes[1].speaker.name", equalTo("Xi Jinping"))
                .body("quotes[2].kind", equalTo("scare"))
                .body("quotes[2].speaker", nullValue())
                .body("speakers.name", hasItem("Vladimir Putin"))
                .extract();
        int start = r.path("quotes[0].start");
        int end = r.path("quotes[0].end");
        assertEquals(r.path("quotes[0].text"), PARAGRAPH.substring(start, end), "UTF-16 offsets, emoji before them included");
    }

    @Test
    void shouldLinkADescriptionToTheStoredSpeakerWhenTheRoleMatchesTheDate() {
        api().contentType(ContentType.JSON).body(Map.of("text", "“We are not creating any blocs,” the Russian president said.", "publishedOn", "2024-07-03"))
                .post("/v1/extract").then().statusCode(200)
                .body("quotes[0].speaker.name", equalTo("Vladimir Putin"))
                .body("quotes[0].mention", equalTo("the Russian president"));
    }

    @Test
    void shouldStoreQuotesWithOffsetsWhenSaveIsAskedByAnEditor() {
        String speaker = "Tom " + uniqueWord().substring(0, 6).replace("zq", "Zq");
        String text = "“Grocery is a very big category for " + uniqueWord() + ",” said " + speaker + ".";
        String url = uniqueUrl();
        Map<String, Object> body = Map.of("text", text, "save", true, "source", Map.of("url", url, "outlet", "The Seattle Times", "publishedOn", "2019-04-28"));
        String id = as(issueKey("editor")).contentType(ContentType.JSON).body(body).post("/v1/extract").then().statusCode(200)
                .body("quotes[0].quoteId", startsWith("qt_")).extract().path("quotes[0].quoteId");
        api().get("/v1/quotes/" + id).then().statusCode(200)
                .body("speaker.name", equalTo(speaker))
                .body("saidOn", equalTo("2019-04-28"))
                .body("appearances[0].source.url", equalTo(url))
                .body("appearances[0].start", equalTo(1));
        // saving the same article again adds nothing new
        api().contentType(ContentType.JSON).body(body).post("/v1/extract").then().statusCode(200).body("quotes[0].quoteId", equalTo(id));
        api().get("/v1/quotes/" + id).then().body("appearanceCount", equalTo(1));
    }

    @Test
    void shouldCheckEveryQuoteWhenADraftHasARealAndAnAlteredOne() {
        String draft = "\"Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history,\" Putin said.\n\n"
                + "Later he added: \"Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their worst period in history.\"";
        check(draft)
                .statusCode(200)
                .body("quotes", hasSize(2))
                .body("quotes[0].verification.verdict", equalTo("VERIFIED"))
                .body("quotes[1].verification.verdict", equalTo("ALTERED"))
                .body("quotes[1].verification.diff.find { it.op == 'replace' }.source", equalTo("best"))
                .body("quotes[1].verification.match.earliestSource.outlet", equalTo("DW"));
    }

    @Test
    void shouldAttributeEveryQuoteWhenCheckingTheReadmeDraftAndASentenceEndedAfterItsClosingMark() {
        String readmeDraft = "Xi called Putin his \"old friend\". \"Our cooperation is aimed against everyone,\" Putin said.";
        check(readmeDraft)
                .statusCode(200)
                .body("quotes", hasSize(2))
                .body("quotes[0].speaker.name", equalTo("Xi"))
                .body("quotes[0].speaker.id", startsWith("sp_"))
                .body("quotes[1].speaker.name", equalTo("Putin"))
                .body("quotes[1].speaker.id", startsWith("sp_"))
                .body("quotes[1].kind", equalTo("direct"));
        String fullStopAfterTheMark = "Vladimir Putin said relations \"are experiencing their best period in history\". "
                + "Xi Jinping called Putin his \"old friend\".";
        check(fullStopAfterTheMark)
                .statusCode(200)
                .body("quotes", hasSize(2))
                .body("quotes[0].speaker.name", equalTo("Vladimir Putin"))
                .body("quotes[0].verification.verdict", equalTo("FRAGMENT"))
                .body("quotes[1].speaker.name", equalTo("Xi Jinping"));
    }

    @Test
    void shouldRefuseSaveWhenTheKeyIsOnlyAReaderOrTheSourceIsMissing() {
        assertProblem(as(issueKey("reader")).contentType(ContentType.JSON)
                .body(Map.of("text", "“Hi,” Xi said.", "save", true, "source", Map.of("url", uniqueUrl()))).post("/v1/extract").then(), 403, "forbidden");
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("text", "“Hi,” Xi said.", "save", true)).post("/v1/extract").then(),
                400, "validation-failed", "source");
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("text", " ")).post("/v1/extract").then(), 400, "validation-failed", "text");
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("text", "x", "publishedOn", "2024-13-01")).post("/v1/check").then(),
                400, "validation-failed", "publishedOn");
        api().contentType(ContentType.JSON).body(Map.of("text", "“”“ unbalanced ‘ ’ 😀")).post("/v1/check").then().statusCode(200)
                .body("quotes", notNullValue());
        // a bidirectional override is an invisible format character: refused like control characters
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("text", "“Hi,” Xi said. \u202E")).post("/v1/check").then(),
                400, "validation-failed", "text");
    }

    /** A draft of the seed story's day through /v1/check, as a reader's plugin sends it. */
    private static io.restassured.response.ValidatableResponse check(String draft) {
        return as(issueKey("reader")).contentType(ContentType.JSON).body(Map.of("text", draft, "publishedOn", "2024-07-03")).post("/v1/check").then();
    }
}
