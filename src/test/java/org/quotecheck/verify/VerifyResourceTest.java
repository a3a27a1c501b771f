package org.quotecheck.verify;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.as;
import static org.quotecheck.support.Fixtures.issueKey;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verification against the demo data: Putin and Xi at the SCO summit, 3 July 2024 (DW). */
@QuarkusTest
class VerifyResourceTest {

    static final String BEST_PERIOD = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, "
            + "are experiencing their best period in history";

    private static ValidatableResponse verify(String text, String speaker, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (speaker != null) {
            body.put("speaker", speaker);
        }
        if (date != null) {
            body.put("date", date);
        }
        return api().contentType(ContentType.JSON).body(body).post("/v1/verify").then().statusCode(200);
    }

    @Test
    void shouldVerifyWithEvidenceWhenPutinSaidItThatDay() {
        verify("“" + BEST_PERIOD + ".”", "Putin", "2024-07-03")
                .body("verdict", equalTo("VERIFIED"))
                .body("findings", equalTo(List.of("VERIFIED")))
                .body("confidence", equalTo(0.99f))
                .body("explanation", equalTo("Vladimir Putin said this on 3 July 2024 (DW), in Russian; the words are DW's English translation."))
                .body("match.id", notNullValue())
                .body("match.speaker.name", equalTo("Vladimir Putin"))
                .body("match.saidOn", equalTo("2024-07-03"))
                .body("match.context", containsString("SCO summit"))
                .body("match.earliestSource.outlet", equalTo("DW"))
                .body("match.earliestSource.publishedOn", equalTo("2024-07-03"))
                .body("match.appearanceCount", equalTo(1))
                .body("diff.op", equalTo(List.of("equal")))
                .body("claimedSpeaker.resolved.name", equalTo(List.of("Vladimir Putin")));
    }

    @Test
    void shouldExplainTheCriticalChangeWhenBestBecomesWorst() {
        verify(BEST_PERIOD.replace("best", "worst"), "Vladimir Putin", "2024-07-03")
                .body("verdict", equalTo("ALTERED"))
                .body("findings", equalTo(List.of("ALTERED")))
                .body("explanation", equalTo("Vladimir Putin said something close to this on 3 July 2024 (DW); "
                        + "the claim changes 'best' to 'worst', which changes the meaning."))
                .body("diff.find { it.op == 'replace' }.claim", equalTo("worst"))
                .body("diff.find { it.op == 'replace' }.source", equalTo("best"))
                .body("diff.find { it.op == 'replace' }.critical", equalTo(true));
    }

    @Test
    void shouldNameTheRealSpeakerWhenClaimIsMisattributed() {
        verify(BEST_PERIOD, "Xi Jinping", null)
                .body("verdict", equalTo("MISATTRIBUTED"))
                .body("match.speaker.name", equalTo("Vladimir Putin"))
                .body("explanation", containsString("not by Xi Jinping"));
        // a claimed speaker who is nobody in the store is not a red flag: the words are judged, the speaker reported unknown
        verify(BEST_PERIOD, "Somebody Nobody Knows", null).body("verdict", equalTo("VERIFIED"))
                .body("findings", hasItem("SPEAKER_UNKNOWN"))
                .body("claimedSpeaker.resolved", hasSize(0));
    }

    @Test
    void shouldReportFragmentCoverageWhenClaimIsPartOfAQuote() {
        verify("we are not creating any blocs or alliances", "Putin", null)
                .body("verdict", equalTo("FRAGMENT"))
                .body("coverage", equalTo(0.32f))
                .body("explanation", containsString("as part of a longer quote; the claim gives 32% of it"));
    }

    @Test
    void shouldAcceptLegitimateEditingWhenClaimUsesEllipsisAndBrackets() {
        verify("Russian-Chinese relations … are experiencing their best period in history", "Putin", null).body("verdict", equalTo("VERIFIED"));
        verify("[Russia and China] are experiencing their best period in history", "Putin", null).body("verdict", equalTo("VERIFIED"));
    }

    @Test
    void shouldFlagWrongDateWhenClaimIsAYearOff() {
        verify(BEST_PERIOD, "Vladimir Putin", "2023-07-03")
                .body("verdict", equalTo("WRONG_DATE"))
                .body("explanation", containsString("the claimed date, 3 July 2023, is wrong"));
        api().contentType(ContentType.JSON).body(Map.of("text", BEST_PERIOD, "speaker", "Putin", "date", "2024-06-20", "dateToleranceDays", 20))
                .post("/v1/verify").then().body("verdict", equalTo("VERIFIED"));
    }

    @Test
    void shouldSayWhoSaidItWhenNoSpeakerIsClaimed() {
        verify("the two sides should continue to uphold the original aspiration of friendship for generations to come", null, null)
                .body("verdict", equalTo("FRAGMENT"))
                .body("match.speaker.name", equalTo("Xi Jinping"))
                .body("claimedSpeaker", nullValue());
    }

    @Test
    void shouldBeNotFoundWhenWordsWereNeverSaid() {
        verify("China will never abandon its old friend in Moscow.", "Xi Jinping", null)
                .body("verdict", equalTo("NOT_FOUND"))
                .body("match", nullValue())
                .body("explanation", equalTo("No stored quote comes close to these words."));
    }

    @Test
    void shouldResolveRolesAtTheClaimedDateWhenClaimNamesAnOffice() {
        verify(BEST_PERIOD, "the Russian president", "2024-07-03")
                .body("verdict", equalTo("VERIFIED"))
                .body("claimedSpeaker.resolved.name", equalTo(List.of("Vladimir Putin")));
        verify(BEST_PERIOD, "President Putin", null).body("verdict", equalTo("VERIFIED"));
        verify(BEST_PERIOD, "the Chinese president", "2024-07-03").body("verdict", equalTo("MISATTRIBUTED"));
    }

    @Test
    void shouldAnswerInOrderWhenVerifyingABatch() {
        List<Map<String, Object>> claims = List.of(
                Map.of("text", BEST_PERIOD, "speaker", "Putin"),
                Map.of("text", "old friend", "speaker", "Xi"),
                Map.of("text", "The era of Western domination is over"));
        api().contentType(ContentType.JSON).body(Map.of("claims", claims)).post("/v1/verify/batch").then().statusCode(200)
                .body("results.verdict", equalTo(List.of("VERIFIED", "VERIFIED", "NOT_FOUND")));
    }

    @Test
    void shouldLetReadersVerifyWhenTheyHaveOnlyReadAccess() {
        as(issueKey("reader")).contentType(ContentType.JSON).body(Map.of("text", BEST_PERIOD)).post("/v1/verify").then()
                .statusCode(200).body("alternatives", notNullValue());
        assertProblem(as(null).contentType(ContentType.JSON).body(Map.of("text", BEST_PERIOD)).post("/v1/verify").then(), 401, "unauthorized");
    }

    @Test
    void shouldRejectBadClaimsWithTheOffendingField() {
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("text", "   ")).post("/v1/verify").then(), 400, "validation-failed", "text");
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("text", "…!?")).post("/v1/verify").then(), 400, "validation-failed", "text");
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("text", "x".repeat(5001))).post("/v1/verify").then(), 400, "validation-failed", "text");
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("text", "a b", "date", "2024-02-30")).post("/v1/verify").then(), 400, "validation-failed", "date");
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("text", "a b", "dateToleranceDays", -1)).post("/v1/verify").then(), 400, "validation-failed", "dateToleranceDays");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(Map.of("text", "claim " + i));
        }
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("claims", many)).post("/v1/verify/batch").then(), 400, "validation-failed", "claims");
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("claims", List.of())).post("/v1/verify/batch").then(), 400, "validation-failed", "claims");
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("claims", List.of(Map.of("text", "ok words"), Map.of("text", "")))).post("/v1/verify/batch").then(),
                400, "validation-failed", "claims[1].text");
        assertFieldProblem(api().contentType(ContentType.JSON).body(Map.of("claims", List.of(Map.of("text", "ok words"), Map.of("text", "?!")))).post("/v1/verify/batch").then(),
                400, "validation-failed", "claims[1].text");
    }
}
