package org.quotecheck.verify;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.importAndWait;
import static org.quotecheck.support.Fixtures.post;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.EvalData;
import org.quotecheck.support.OwnDatabaseProfile;
import org.quotecheck.text.TextNormalizer;
import org.quotecheck.verify.engine.VagueClaim;

/**
 * Claims and searches made only of everyday words, against a store where those words are
 * everywhere: 20,000 quotes written from a small everyday vocabulary, the Astana summit quotes and,
 * when the public evaluation data is there, every gold quote of its articles. The quote holding the
 * claim's words in order must be found, with or without a speaker, and rank first in a search.
 */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
class CommonWordsTest {

    static final int GENERATED = 20_000;
    static final String PUTIN_BEST_PERIOD = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing"
            + " their best period in history,";
    /** Everyday words, the most frequent first; drawn with Zipf weights (the k-th about 1/k as often as the first). */
    static final String[] EVERYDAY = ("the to and of a in we is that it not for this be will our are have on with they you as at what "
            + "all but people by there their about can from would more do time very so one no now was think going know country best "
            + "new want must years history period world said just make like when who them because good need work us also only way "
            + "over up out which year other been how any than into our could two well first these most back after many should right "
            + "great long today never every better own again great future peace war together state government money life change today "
            + "always last see same help year place part high give still power much accept regrets friends partners hope work "
            + "thank support strong free together stand here believe real sure end point those day let keep").split(" ");

    private static final List<String> generated = new ArrayList<>();

    /** Once for the class (in a @BeforeEach, as the HTTP client knows the app's port from there on). */
    @BeforeEach
    void store() throws Exception {
        if (!generated.isEmpty()) {
            return;
        }
        Map<String, Object> source = new HashMap<>(org.quotecheck.support.Fixtures.source("https://www.dw.com/en/putin-tells-xi-ties-are-at-their-best/a-69552178"));
        for (String[] q : List.of(new String[] {PUTIN_BEST_PERIOD, "Vladimir Putin"},
                new String[] {"We will not accept any attempt to interfere in our internal affairs", "Xi Jinping"},
                new String[] {"Turkiye is ready to help bring a just peace between Russia and Ukraine", "Recep Tayyip Erdogan"})) {
            Map<String, Object> body = new HashMap<>(Map.of("text", q[0], "speaker", q[1], "saidOn", "2024-07-03", "source", source));
            post("/v1/quotes", body).statusCode(equalTo(201));
        }
        if (EvalData.present()) {
            EvalData.loadGoldStore();
        }
        importGenerated();
    }

    /** 20,000 quotes of 5 to 40 everyday words by 500 speakers, through one bulk import. */
    private void importGenerated() throws Exception {
        Random random = new Random(19);
        double[] cumulative = new double[EVERYDAY.length];
        double sum = 0;
        for (int k = 0; k < EVERYDAY.length; k++) {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        StringBuilder ndjson = new StringBuilder();
        while (generated.size() < GENERATED) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = 5 + random.nextInt(36); w < n; w++) {
                int k = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                text.append(w == 0 ? "" : " ").append(EVERYDAY[k < 0 ? -k - 1 : k]);
            }
            String quote = text.toString();
            if (quote.contains("period in history")) {
                continue; // only Putin said that
            }
            int i = generated.size();
            generated.add(quote);
            ndjson.append("{\"text\": \"").append(quote).append(".\", \"speaker\": {\"name\": \"Everyday Speaker ").append(i % 500)
                    .append("\"}, \"source\": {\"url\": \"https://everyday.example/").append(i).append("\"}}\n");
        }
        String id = importAndWait(ndjson.toString());
        api().get("/v1/imports/" + id).then().body("status", equalTo("done")).body("rejectedCount", equalTo(0));
    }

    private static JsonPath verify(String text, String speaker) {
        Map<String, Object> body = new HashMap<>(Map.of("text", text));
        if (speaker != null) {
            body.put("speaker", speaker);
        }
        return post("/v1/verify", body).statusCode(200).extract().jsonPath();
    }

    private static String words(String text) {
        return TextNormalizer.instance().key(text);
    }

    @Test
    void shouldFindPutinsQuoteFromItsCommonWordsWhenNoSpeakerIsClaimed() {
        JsonPath answer = verify("the best period in history", null);
        assertTrue(!answer.getString("verdict").equals("NOT_FOUND"), answer.prettify());
        assertEquals("Vladimir Putin", answer.getString("match.speaker.name"));
        assertTrue(words(answer.getString("match.text")).contains("best period in history"), answer.getString("match.text"));
    }

    @Test
    void shouldFindPutinsQuoteFromItsCommonWordsWhenHeIsClaimed() {
        JsonPath answer = verify("the best period in history", "Vladimir Putin");
        assertTrue(!answer.getString("verdict").equals("NOT_FOUND"), answer.prettify());
        assertEquals("Vladimir Putin", answer.getString("match.speaker.name"));
        assertTrue(words(answer.getString("match.text")).contains("best period in history"), answer.getString("match.text"));
    }

    @Test
    void shouldRankTheQuoteHoldingThePhraseFirstWhenSearchingCommonWords() {
        api().queryParam("q", "best period in history").get("/v1/quotes").then().statusCode(200)
                .body("data[0].speaker.name", equalTo("Vladimir Putin"))
                .body("data[0].text", containsString("best period in history"));
    }

    @Test
    void shouldFindTheEvaluationArticlesQuotesAmongTheEverydayOnes() {
        Assumptions.assumeTrue(EvalData.present(), "the public evaluation data (../shared/eval) is not on this machine");
        // the headline fragment of the seed story, stored from article 00 as a quote of its own
        JsonPath answer = verify("at their best period in history", null);
        assertEquals("VERIFIED", answer.getString("verdict"), answer.prettify());
        assertEquals("Vladimir Putin", answer.getString("match.speaker.name"));
        api().queryParam("q", "their best period in history").get("/v1/quotes").then().statusCode(200)
                .body("data[0].speaker.name", equalTo("Vladimir Putin"))
                .body("data[1].speaker.name", equalTo("Vladimir Putin"));
    }

    @Test
    void shouldFindEachGeneratedQuoteFromSixOfItsWords() {
        Random pick = new Random(7);
        List<String> misses = new ArrayList<>();
        for (int checked = 0; checked < 25; ) {
            String[] quote = generated.get(pick.nextInt(generated.size())).split(" ");
            int length = Math.min(quote.length, 6);
            int start = pick.nextInt(quote.length - length + 1);
            String fragment = String.join(" ", Arrays.copyOfRange(quote, start, start + length));
            if (VagueClaim.isVague(List.of(quote).subList(start, start + length))) {
                continue; // "the the to the that the": too vague to look up, and answered so
            }
            checked++;
            JsonPath answer = verify(fragment, null);
            String match = answer.getString("match.text");
            // several quotes may hold six everyday words in a row: any of them is where these words were said
            if (match == null || !words(match).contains(fragment)) {
                misses.add(fragment + " -> " + answer.getString("verdict") + " " + match);
            }
        }
        assertEquals(List.of(), misses);
    }

    @Test
    void shouldAnswerQuicklyThatTwoWordsAreTooFewToCheck() {
        JsonPath answer = verify("no regrets", null);
        assertEquals("NOT_FOUND", answer.getString("verdict"));
        assertTrue(answer.getString("explanation").startsWith("Too few words to check"), answer.getString("explanation"));
    }

    @Test
    void shouldAnswerThatAClaimOfStopWordsOnlyIsTooVague() {
        post("/v1/verify", Map.of("text", "it is not in the")).statusCode(200).body("verdict", equalTo("NOT_FOUND"))
                .body("explanation", containsString("not only common ones"))
                .body("explanation", not(containsString("No stored quote")));
    }
}
