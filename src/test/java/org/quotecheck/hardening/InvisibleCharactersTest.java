package org.quotecheck.hardening;

import static org.hamcrest.Matchers.containsString;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.post;
import static org.quotecheck.support.Fixtures.quote;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * C1 controls and invisible format characters (bidi overrides, zero-width spaces, byte-order marks)
 * are refused wherever text is accepted, as C0 controls already were; the joiners that scripts and
 * emoji need, and soft hyphens from published articles, still pass.
 */
@QuarkusTest
class InvisibleCharactersTest {

    private static final String SAID = "Lantern makers whistle over the copper harbour";

    /** Its own speaker, so that these quotes never crowd the demo speakers\' searches. */
    private static final String SPEAKER = "Text Witness " + uniqueWord();

    @ParameterizedTest
    @ValueSource(ints = {0x80, 0x85, 0x9B, 0x9F, 0x200B, 0x200E, 0x202E, 0x2066, 0x2060, 0xFEFF, 0x061C, 0x180E, 0xFFF9, 0xE0001})
    void shouldRefuseTheCharacterInQuoteTextNamingTheFieldAndCodePoint(int codePoint) {
        String sneaky = "copper" + Character.toString(codePoint) + " harbour";
        Map<String, Object> body = quote(SAID + " " + sneaky + " " + uniqueWord(), SPEAKER, uniqueUrl());
        assertFieldProblem(post("/v1/quotes", body), 400, "validation-failed", "text")
                .body("detail", containsString(String.format("U+%04X", codePoint)));
    }

    @Test
    void shouldRefuseItInNamesNotesAndParametersToo() {
        String c1 = "\u0085";
        String rlo = "\u202E";
        assertFieldProblem(post("/v1/speakers", Map.of("name", "Xi" + rlo + " Jinping " + uniqueWord())), 400, "validation-failed", "name");
        assertFieldProblem(post("/v1/speakers", Map.of("name", "Xi Jinping " + uniqueWord(), "aliases", List.of("Xi" + c1))), 400, "validation-failed",
                "aliases[0]");
        Map<String, Object> body = quote(SAID + " " + uniqueWord(), SPEAKER, uniqueUrl());
        body.put("context", "said at the plenary" + c1);
        assertFieldProblem(post("/v1/quotes", body), 400, "validation-failed", "context");
        assertFieldProblem(api().queryParam("q", "pillar\u200B").get("/v1/quotes").then(), 400, "invalid-parameter", "q");
        assertFieldProblem(api().queryParam("mention", "Putin\u0085").get("/v1/speakers/resolve").then(), 400, "invalid-parameter", "mention");
        assertFieldProblem(post("/v1/verify", Map.of("text", SAID + "\u2066", "speaker", "Vladimir Putin")), 400, "validation-failed", "text");
    }

    @Test
    void shouldKeepJoinersSoftHyphensAndEmojiFlags() {
        // ZWNJ in Persian, ZWJ in an emoji sequence, a soft hyphen from a German article, a Scottish flag (tag characters)
        String text = SAID + " می\u200Cخواهم 👩\u200D💻 Verhand\u00ADlungen \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F "
                + uniqueWord();
        post("/v1/quotes", quote(text, SPEAKER, uniqueUrl())).statusCode(201);
    }
}
