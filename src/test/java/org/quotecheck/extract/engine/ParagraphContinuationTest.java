package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphContinuationTest {

    private static List<ExtractedQuote> quotes(String text) {
        return new QuoteExtractor().extract(text).quotes();
    }

    @Test
    void shouldContinueTheSpeakerInTheNextSentenceOfTheParagraph() {
        List<ExtractedQuote> q = quotes("“We had hoped for a fair offer,” Figgins said. “Instead, we got a deadline.”");
        assertEquals("Figgins", q.get(1).speaker());
    }

    @Test
    void shouldContinueTheSpeakerInAQuoteParagraphWithNoAttribution() {
        List<ExtractedQuote> q = quotes("“The sea is telling us something,” said elder Hori Parata.\n\n"
                + "“We need to listen. Our grandparents knew that, and we have forgotten it.”");
        assertEquals("Hori Parata", q.get(1).speaker());
    }

    @Test
    void shouldGiveEveryParagraphOfALongQuoteToItsSpeaker() {
        List<ExtractedQuote> q = quotes("“That has nothing to do with the talks,” Indyk said. “But if both sides hold firm, the authority could collapse.\n\n"
                + "“That could be forced onto the agenda within weeks.”");
        assertEquals("Indyk", q.get(2).speaker());
    }
}
