package org.quotecheck.quote;

import static org.quotecheck.support.Fixtures.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.createQuote;
import static org.quotecheck.support.Fixtures.createSpeaker;
import static org.quotecheck.support.Fixtures.post;
import static org.quotecheck.support.Fixtures.postRaw;
import static org.quotecheck.support.Fixtures.put;
import static org.quotecheck.support.Fixtures.quote;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuoteResourceTest {

    @Test
    void shouldCreateQuoteWithLocationWhenItIsNew() {
        String speaker = "Speaker " + uniqueWord();
        String text = "We are ready to help " + uniqueWord() + ", as always.";
        String url = uniqueUrl();
        String location = post("/v1/quotes", quote(text, speaker, url))
                .statusCode(201)
                .header("Location", containsString("/v1/quotes/qt_"))
                .body("text", equalTo(text))
                .body("speaker.name", equalTo(speaker))
                .body("saidOn", equalTo("2024-07-03"))
                .body("status", equalTo("unreviewed"))
                .body("appearanceCount", equalTo(1))
                .body("earliestSource.url", equalTo(url))
                .extract().header("Location");
        api().when().get(location).then().statusCode(200)
                .body("text", equalTo(text))
                .body("appearances", hasSize(1))
                .body("appearances[0].source.outlet", equalTo("DW"));
    }

    @Test
    void shouldAddAppearanceAndAnswer200WhenSameSpeakerPostsSameWordsFromAnotherSource() {
        String speaker = "Speaker " + uniqueWord();
        String word = uniqueWord();
        String first = post("/v1/quotes", quote("Our cooperation is not aimed against " + word + ".", speaker, uniqueUrl()))
                .statusCode(201).extract().path("id");
        Map<String, Object> again = quote("“our cooperation is NOT aimed against " + word + "”", speaker, uniqueUrl());
        ((Map<String, Object>) again.get("source")).put("publishedOn", "2024-07-01");
        post("/v1/quotes", again)
                .statusCode(200)
                .body("id", equalTo(first))
                .body("appearanceCount", equalTo(2))
                .body("earliestSource.publishedOn", equalTo("2024-07-01"))
                .body("text", equalTo("Our cooperation is not aimed against " + word + "."));
        // the same source once more adds nothing
        post("/v1/quotes", again).statusCode(200).body("appearanceCount", equalTo(2));
    }

    @Test
    void shouldKeepQuotesApartWhenDifferentSpeakersSaySameWords() {
        String text = "Nothing tops this " + uniqueWord();
        String a = createQuote(text, "Speaker " + uniqueWord());
        String b = createQuote(text, "Speaker " + uniqueWord());
        assertFalse(a.equals(b));
    }

    @Test
    void shouldResolveSpeakerByAliasWhenQuoteNamesAnAlias() {
        String last = "Lastname" + uniqueWord();
        String id = createSpeaker("Vera " + last, List.of(last));
        post("/v1/quotes", quote("Alias resolution works " + uniqueWord(), last.toUpperCase(), uniqueUrl()))
                .statusCode(201).body("speaker.id", equalTo(id));
        post("/v1/quotes", quote("Title stripping works " + uniqueWord(), "President " + last, uniqueUrl()))
                .statusCode(201).body("speaker.id", equalTo(id));
    }

    @Test
    void shouldAnswer409WithCandidatesWhenAliasMatchesSeveralSpeakers() {
        String shared = "Johnson" + uniqueWord();
        String a = createSpeaker("Boris " + shared, List.of(shared));
        String b = createSpeaker("Lyndon " + shared, List.of(shared));
        assertProblem(post("/v1/quotes", quote("Ambiguous words " + uniqueWord(), shared, uniqueUrl())), 409, "ambiguous-speaker")
                .body("field", equalTo("speaker"))
                .body("candidates.id", hasItem(a))
                .body("candidates.id", hasItem(b));
    }

    @Test
    void shouldUseSpeakerIdAndSourceIdWhenGivenInsteadOfNames() {
        String speakerId = createSpeaker("Speaker " + uniqueWord(), List.of());
        String sourceId = post("/v1/sources", Map.of("url", uniqueUrl(), "outlet", "TASS")).statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>();
        body.put("text", "By id " + uniqueWord());
        body.put("speakerId", speakerId);
        body.put("sourceId", sourceId);
        body.put("start", 10);
        body.put("end", 20);
        post("/v1/quotes", body).statusCode(201)
                .body("speaker.id", equalTo(speakerId))
                .body("appearances[0].source.id", equalTo(sourceId))
                .body("appearances[0].start", equalTo(10))
                .body("appearances[0].end", equalTo(20));
    }

    @Test
    void shouldUpdateQuoteWhenPutIsValid() {
        String id = createQuote("Before the edit " + uniqueWord(), "Speaker " + uniqueWord());
        String newSpeaker = "Speaker " + uniqueWord();
        Map<String, Object> body = new HashMap<>();
        body.put("text", "After the edit " + uniqueWord());
        body.put("speaker", newSpeaker);
        body.put("saidOn", "2024-07-04");
        body.put("context", "Press conference, Astana");
        body.put("status", "verified");
        put("/v1/quotes/" + id, body).statusCode(200)
                .body("text", containsString("After the edit"))
                .body("speaker.name", equalTo(newSpeaker))
                .body("saidOn", equalTo("2024-07-04"))
                .body("status", equalTo("verified"))
                .body("version", equalTo(1));
    }

    @Test
    void shouldAnswer409WhenPutWouldDuplicateAnotherQuote() {
        String speaker = "Speaker " + uniqueWord();
        String existing = createQuote("First words " + uniqueWord(), speaker);
        String existingText = api().get("/v1/quotes/" + existing).then().extract().path("text");
        String other = createQuote("Second words " + uniqueWord(), speaker);
        assertProblem(put("/v1/quotes/" + other, Map.of("text", existingText, "speaker", speaker)), 409, "conflict")
                .body("existingId", equalTo(existing));
    }

    @Test
    void shouldRetractInsteadOfDeletingWhenDeleteIsCalled() {
        String word = uniqueWord();
        String id = createQuote("Retract me " + word, "Speaker " + uniqueWord());
        api().queryParam("reason", "Misattributed: the words are someone else's").when().delete("/v1/quotes/" + id).then()
                .statusCode(200)
                .body("status", equalTo("retracted"))
                .body("retractionReason", equalTo("Misattributed: the words are someone else's"));
        api().get("/v1/quotes/" + id).then().statusCode(200).body("status", equalTo("retracted"));
        api().queryParam("q", "retract me " + word).get("/v1/quotes").then().body("data", hasSize(0));
        api().queryParam("q", "retract me " + word).queryParam("status", "retracted").get("/v1/quotes").then()
                .body("data.id", hasItem(id));
    }

    @Test
    void shouldRankExactQuoteFirstWhenSearchingItsWords() {
        String w = uniqueWord();
        String speaker = "Speaker " + uniqueWord();
        String exact = createQuote("relations are experiencing their best period in history " + w, speaker);
        createQuote("relations are experiencing their best period in history " + w + " and beyond, said with pride", speaker);
        createQuote("their best period " + w, speaker);
        api().queryParam("q", "Relations are experiencing their best period in history " + w).when().get("/v1/quotes").then()
                .statusCode(200)
                .body("data.size()", greaterThan(1))
                .body("data[0].id", equalTo(exact))
                .body("data[0].score", notNullValue());
    }

    @Test
    void shouldFindQuoteWhenQueryHasTyposCurlyQuotesCaseAndAccents() {
        String w = uniqueWord();
        String id = createQuote("Our cooperation is not aimed against anyone, we are not creating blocs " + w, "Speaker " + uniqueWord());
        for (String q : List.of("cooperation is not aimed against anyone " + w,
                "cooperaton is not aimd against anyone " + w,
                "“Our cooperation is NOT aimed against anyone” " + w,
                "Our coöperation is not aimed agaïnst anyone " + w.toUpperCase())) {
            api().queryParam("q", q).when().get("/v1/quotes").then().statusCode(200).body("data.id", hasItem(id));
        }
    }

    @Test
    void shouldPageThroughResultsWhenFollowingNextCursor() {
        String speaker = "Speaker " + uniqueWord();
        String w = uniqueWord();
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(createQuote("paging words " + w + " number " + "abcde".charAt(i), speaker));
        }
        for (String query : new String[] {null, "paging words " + w}) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = api().queryParam("speaker", speaker).queryParam("limit", 2);
                if (query != null) {
                    request.queryParam("q", query);
                }
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                var page = request.when().get("/v1/quotes").then().statusCode(200).extract();
                seen.addAll(page.path("data.id"));
                cursor = page.path("nextCursor");
                assertEquals(cursor != null, (Boolean) page.path("hasMore"));
                pages++;
            } while (cursor != null && pages < 10);
            assertEquals(3, pages);
            assertEquals(5, seen.size());
            assertEquals(created, new HashSet<>(seen), "every quote exactly once for q=" + query);
        }
    }

    @Test
    void shouldFilterBySpeakerDatesOutletLanguageAndStatusWhenGiven() {
        String speaker = "Speaker " + uniqueWord();
        String w = uniqueWord();
        Map<String, Object> july = quote("filtered words " + w + " one", speaker, uniqueUrl());
        String julyId = post("/v1/quotes", july).statusCode(201).extract().path("id");
        Map<String, Object> may = quote("filtered words " + w + " two", speaker, uniqueUrl());
        may.put("saidOn", "2023-05-01");
        may.put("language", "ru");
        ((Map<String, Object>) may.get("source")).put("outlet", "TASS");
        String mayId = post("/v1/quotes", may).statusCode(201).extract().path("id");

        api().queryParam("speaker", speaker).queryParam("from", "2024-01-01").get("/v1/quotes").then()
                .body("data.id", equalTo(List.of(julyId)));
        api().queryParam("speaker", speaker).queryParam("to", "2023-12-31").get("/v1/quotes").then()
                .body("data.id", equalTo(List.of(mayId)));
        api().queryParam("speaker", speaker).queryParam("outlet", "tass").get("/v1/quotes").then()
                .body("data.id", equalTo(List.of(mayId)));
        api().queryParam("speaker", speaker).queryParam("language", "RU").get("/v1/quotes").then()
                .body("data.id", equalTo(List.of(mayId)));
        api().queryParam("speaker", speaker).queryParam("status", "verified").get("/v1/quotes").then()
                .body("data", hasSize(0));
        // a filter that names nobody says so, rather than an empty page that reads as "said nothing"
        api().queryParam("speaker", "Nobody " + uniqueWord()).get("/v1/quotes").then().statusCode(404);
    }

    @Test
    void shouldFindDemoQuotesWhenSearchingTheSeedStory() {
        api().queryParam("q", "best period in history").get("/v1/quotes").then().statusCode(200)
                .body("data.speaker.name", hasItem("Vladimir Putin"))
                .body("data[0].earliestSource.outlet", equalTo("DW"));
        api().queryParam("speaker", "Xi").get("/v1/quotes").then().statusCode(200)
                .body("data.text", hasItem("old friend"))
                .body("data.speaker.name", everyItem(equalTo("Xi Jinping")));
    }

    // ---- errors -------------------------------------------------------------------------------

    @Test
    void shouldAnswer404ProblemWhenQuoteIdIsUnknownOrMalformed() {
        assertProblem(api().get("/v1/quotes/qt_zzzzzz").then(), 404, "not-found").body("detail", containsString("qt_zzzzzz"));
        assertProblem(api().get("/v1/quotes/not-an-id").then(), 404, "not-found");
        assertProblem(api().get("/v1/quotes/sp_1").then(), 404, "not-found");
        assertProblem(put("/v1/quotes/qt_zzzzzz", Map.of("text", "x", "speaker", "y")), 404, "not-found");
        assertProblem(api().queryParam("reason", "x").delete("/v1/quotes/qt_zzzzzz").then(), 404, "not-found");
    }

    @Test
    void shouldRejectUnknownFieldWhenBodyHasOne() {
        Map<String, Object> body = quote("Unknown field " + uniqueWord(), "Speaker " + uniqueWord(), uniqueUrl());
        body.put("speechDate", "2024-07-03");
        assertFieldProblem(post("/v1/quotes", body), 400, "validation-failed", "speechDate");
    }

    @Test
    void shouldRejectWrongTypesWhenFieldsHaveThem() {
        assertFieldProblem(postRaw("/v1/quotes", "{\"text\": 123, \"speaker\": \"Putin\", \"sourceId\": \"src_1\"}"),
                400, "validation-failed", "text");
        assertFieldProblem(postRaw("/v1/quotes", "{\"text\": \"x y\", \"speaker\": [\"Putin\"], \"sourceId\": \"src_1\"}"),
                400, "validation-failed", "speaker");
        assertFieldProblem(postRaw("/v1/quotes", "{\"text\": \"x y\", \"speaker\": \"Putin\", \"sourceId\": \"src_1\", \"start\": \"ten\"}"),
                400, "validation-failed", "start");
        assertFieldProblem(postRaw("/v1/quotes", "{\"text\": \"x y\", \"speaker\": \"Putin\", \"source\": \"dw.com\"}"),
                400, "validation-failed", "source");
    }

    @Test
    void shouldRejectMalformedJsonWhenBodyIsNotJson() {
        assertProblem(postRaw("/v1/quotes", "{\"text\": \"unterminated"), 400, "malformed-json");
        assertProblem(postRaw("/v1/quotes", "{\"text\": \"a\"} trailing"), 400, "malformed-json");
        assertProblem(postRaw("/v1/quotes", "{\"text\": \"a\", \"text\": \"b\"}"), 400, "malformed-json");
        assertProblem(postRaw("/v1/quotes", "[".repeat(5000)), 400, "malformed-json");
        assertProblem(postRaw("/v1/quotes", ""), 400, "validation-failed");
    }

    @Test
    void shouldRejectTextWhenTooLongEmptyOrOnlyPunctuation() {
        String speaker = "Speaker " + uniqueWord();
        assertFieldProblem(post("/v1/quotes", quote("a".repeat(5001), speaker, uniqueUrl())), 400, "validation-failed", "text");
        assertFieldProblem(post("/v1/quotes", quote("   ", speaker, uniqueUrl())), 400, "validation-failed", "text");
        assertFieldProblem(post("/v1/quotes", quote("“…!”", speaker, uniqueUrl())), 400, "validation-failed", "text");
        post("/v1/quotes", quote("a".repeat(4990) + " " + uniqueWord().substring(0, 4), speaker, uniqueUrl())).statusCode(201);
    }

    @Test
    void shouldRejectNulAndControlCharactersWhenTextContainsThem() {
        String speaker = "Speaker " + uniqueWord();
        assertFieldProblem(postRaw("/v1/quotes", "{\"text\": \"nul\\u0000byte\", \"speaker\": \"" + speaker + "\", \"sourceId\": \"src_1\"}"),
                400, "validation-failed", "text").body("detail", containsString("NUL"));
        assertFieldProblem(postRaw("/v1/quotes", "{\"text\": \"bell\\u0007\", \"speaker\": \"" + speaker + "\", \"sourceId\": \"src_1\"}"),
                400, "validation-failed", "text");
        assertFieldProblem(postRaw("/v1/quotes", "{\"text\": \"half \\ud800 pair\", \"speaker\": \"" + speaker + "\", \"sourceId\": \"src_1\"}"),
                400, "validation-failed", "text");
        // nothing was stored, not even the speaker
        api().queryParam("speaker", speaker).get("/v1/quotes").then().statusCode(404);
    }

    @Test
    void shouldRejectInvalidDatesAndUrlsWhenGiven() {
        Map<String, Object> badDate = quote("Bad date " + uniqueWord(), "Speaker " + uniqueWord(), uniqueUrl());
        badDate.put("saidOn", "2024-02-30");
        assertFieldProblem(post("/v1/quotes", badDate), 400, "validation-failed", "saidOn");
        Map<String, Object> badUrl = quote("Bad url " + uniqueWord(), "Speaker " + uniqueWord(), "dw.com/no-scheme");
        assertFieldProblem(post("/v1/quotes", badUrl), 400, "validation-failed", "source.url");
        Map<String, Object> ftp = quote("Bad url " + uniqueWord(), "Speaker " + uniqueWord(), "ftp://dw.com/x");
        assertFieldProblem(post("/v1/quotes", ftp), 400, "validation-failed", "source.url");
        Map<String, Object> badKind = quote("Bad kind " + uniqueWord(), "Speaker " + uniqueWord(), uniqueUrl());
        ((Map<String, Object>) badKind.get("source")).put("kind", "podcast");
        assertFieldProblem(post("/v1/quotes", badKind), 400, "validation-failed", "source.kind");
    }

    @Test
    void shouldRejectSpeakerAndSourceWhenBothOrNeitherOrUnknownAreGiven() {
        Map<String, Object> both = quote("Both " + uniqueWord(), "Speaker " + uniqueWord(), uniqueUrl());
        both.put("speakerId", "sp_1");
        assertFieldProblem(post("/v1/quotes", both), 400, "validation-failed", "speaker");
        Map<String, Object> neither = quote("Neither " + uniqueWord(), null, uniqueUrl());
        assertFieldProblem(post("/v1/quotes", neither), 400, "validation-failed", "speaker");
        Map<String, Object> noSource = quote("No source " + uniqueWord(), "Speaker " + uniqueWord(), uniqueUrl());
        noSource.remove("source");
        assertFieldProblem(post("/v1/quotes", noSource), 400, "validation-failed", "source");
        Map<String, Object> unknownSpeaker = quote("Unknown speaker " + uniqueWord(), null, uniqueUrl());
        unknownSpeaker.put("speakerId", "sp_zzzzzzz");
        assertFieldProblem(post("/v1/quotes", unknownSpeaker), 400, "validation-failed", "speakerId");
        Map<String, Object> unknownSource = quote("Unknown source " + uniqueWord(), "Speaker " + uniqueWord(), uniqueUrl());
        unknownSource.remove("source");
        unknownSource.put("sourceId", "src_zzzzzzz");
        assertFieldProblem(post("/v1/quotes", unknownSource), 400, "validation-failed", "sourceId");
        Map<String, Object> offsets = quote("Offsets " + uniqueWord(), "Speaker " + uniqueWord(), uniqueUrl());
        offsets.put("start", 20);
        offsets.put("end", 10);
        assertFieldProblem(post("/v1/quotes", offsets), 400, "validation-failed", "end");
    }

    @Test
    void shouldRejectBadSearchParametersWhenGiven() {
        assertFieldProblem(api().queryParam("limit", 0).get("/v1/quotes").then(), 400, "invalid-parameter", "limit");
        assertFieldProblem(api().queryParam("limit", 101).get("/v1/quotes").then(), 400, "invalid-parameter", "limit");
        assertFieldProblem(api().queryParam("limit", "ten").get("/v1/quotes").then(), 400, "invalid-parameter", "limit");
        assertFieldProblem(api().queryParam("from", "03/07/2024").get("/v1/quotes").then(), 400, "invalid-parameter", "from");
        assertFieldProblem(api().queryParam("from", "2024-07-04").queryParam("to", "2024-07-03").get("/v1/quotes").then(),
                400, "invalid-parameter", "to");
        assertFieldProblem(api().queryParam("status", "deleted").get("/v1/quotes").then(), 400, "invalid-parameter", "status");
        assertFieldProblem(api().queryParam("cursor", "garbage!").get("/v1/quotes").then(), 400, "invalid-parameter", "cursor");
        assertFieldProblem(api().queryParam("q", "?!…").get("/v1/quotes").then(), 400, "invalid-parameter", "q");
        assertFieldProblem(api().queryParam("q", "nul\u0000").get("/v1/quotes").then(), 400, "invalid-parameter", "q");
    }

    @Test
    void shouldRequireReasonAndRefuseRetractedStatusWhenRetracting() {
        String id = createQuote("Needs a reason " + uniqueWord(), "Speaker " + uniqueWord());
        assertFieldProblem(api().delete("/v1/quotes/" + id).then(), 400, "invalid-parameter", "reason");
        assertFieldProblem(put("/v1/quotes/" + id, Map.of("text", "Needs a reason", "speaker", "x", "status", "retracted")),
                400, "validation-failed", "status");
        api().get("/v1/quotes/" + id).then().body("status", equalTo("unreviewed")).body("retractionReason", nullValue());
    }

    @Test
    void shouldAnswerProblemWhenMediaTypeOrMethodIsWrong() {
        assertProblem(api().contentType(ContentType.TEXT).body("hello").post("/v1/quotes").then(), 415, "unsupported-media-type");
        assertProblem(api().contentType(ContentType.JSON).body("{}").patch("/v1/quotes").then(), 405, "method-not-allowed");
        assertProblem(api().get("/v1/nothing-here").then(), 404, "not-found");
    }

    @Test
    void shouldStoreTextByteIdenticalWhenItHasUnusualCharacters() {
        // no invisible format characters (a right-to-left override is refused: InvisibleCharactersTest)
        String text = "“Мы готовы” — said ‍ ' OR 1=1; -- <script>alert(1)</script> 😀 " + uniqueWord();
        String id = createQuote(text, "Speaker " + uniqueWord());
        String back = api().get("/v1/quotes/" + id).then().statusCode(200).extract().path("text");
        assertEquals(text, back);
        assertTrue(back.contains("<script>"));
        api().get("/v1/quotes/" + id).then().body("speaker.name", not(containsString("\u0000")));
    }
}
