package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Category 1: a sentence in quote marks is speech even when nobody can be named for it; scare is for terms and titles. */
class QuoteKindClassifierTest {

    private static List<ExtractedQuote> quotes(String text) {
        return new QuoteExtractor().extract(text).quotes();
    }

    @Test
    void shouldReportASentenceInQuoteMarksAsDirectWithNoSpeakerWhenNoRuleFindsOne() {
        List<ExtractedQuote> q = quotes("The river rose two metres overnight.\n\n"
                + "“The water came through the door before we could move the car.”\n\nThe council opened a shelter in the school.");
        assertEquals(ExtractedQuote.Kind.DIRECT, q.get(0).kind());
        assertNull(q.get(0).speaker());
    }

    @Test
    void shouldKeepATermInQuoteMarksAsScare() {
        List<ExtractedQuote> q = quotes("The firm now sells a “premium” tier, a bet on the so-called “gig economy” lasting.");
        assertEquals(ExtractedQuote.Kind.SCARE, q.get(0).kind());
        assertEquals(ExtractedQuote.Kind.SCARE, q.get(1).kind());
    }

    @Test
    void shouldKeepATitleOrASloganInTitleCaseAsScare() {
        List<ExtractedQuote> q = quotes("Marchers carried signs reading “Less Money on Testing, More Money on Students” past the hall.");
        assertEquals(ExtractedQuote.Kind.SCARE, q.get(0).kind());
    }

    @Test
    void shouldKeepWordsNamedAsWordsAsScare() {
        List<ExtractedQuote> q = quotes("Volker said he never used the term \"three amigos\" about the envoys.");
        assertEquals(ExtractedQuote.Kind.SCARE, q.get(0).kind());
    }

    @Test
    void shouldCallAFewQuotedWordsInsideAReportersSentenceAFragment() {
        List<ExtractedQuote> q = quotes("Sen. Ben Sasse called the death “a crisis of public trust” within the prison system.");
        assertEquals(ExtractedQuote.Kind.FRAGMENT, q.get(0).kind());
        assertEquals("Ben Sasse", q.get(0).speaker());
    }
}
