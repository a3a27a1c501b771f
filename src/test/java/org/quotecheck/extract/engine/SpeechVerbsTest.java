package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Category 2: speech verbs and frames beyond "said", from the WordNet-based list. */
class SpeechVerbsTest {

    @ParameterizedTest
    @ValueSource(strings = {"tweeted", "wrote", "posted", "pleaded", "chanted", "countered", "asked", "warned", "described", "called",
            "quipped", "insisted", "conceded", "testified", "texted"})
    void shouldKnowTheVerbWhenNewsUsesItToReportSpeech(String verb) {
        assertTrue(Lexicon.SPEECH_VERBS.contains(verb), verb);
    }

    @ParameterizedTest
    @ValueSource(strings = {"made", "showed", "provided", "moved"})
    void shouldNotTakeAnEverydayVerbForSpeech(String verb) {
        assertTrue(!Lexicon.SPEECH_VERBS.contains(verb), verb);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“Go home and rest,” a volunteer told the crowd at the gate. The crowd stayed.|unnamed",
            "“We will appeal,” Dana Whitfield said at a press conference on Tuesday.|Dana Whitfield",
            "The minister was quoted as saying, “No deal is better than this deal.”|unnamed",
            "Coach Ray Dunn pleaded with the referee: “Look at the replay.”|Ray Dunn",
            "Mayor Ana Lopez warned that “the bridge will not reopen this year.”|Ana Lopez"})
    void shouldAttributeTheQuoteWhenAFrameAroundTheVerbCarriesIt(String text, String speaker) {
        List<ExtractedQuote> q = new QuoteExtractor().extract(text).quotes();
        assertEquals(speaker.equals("unnamed") ? null : speaker, q.get(0).speaker(), text);
        assertTrue(q.get(0).kind() != ExtractedQuote.Kind.SCARE, text);
    }

    @ParameterizedTest
    @ValueSource(ints = {150})
    void shouldHoldAtLeastThisManyVerbsWhenLoadedFromTheResource(int verbs) {
        long lemmas = Lexicon.SPEECH_VERBS.stream().filter(v -> !v.endsWith("ed") && !v.endsWith("ing") && !v.endsWith("s")).count();
        assertTrue(lemmas >= verbs / 2 && Lexicon.SPEECH_VERBS.size() >= verbs * 3, "lemmas " + lemmas + ", forms " + Lexicon.SPEECH_VERBS.size());
    }
}
