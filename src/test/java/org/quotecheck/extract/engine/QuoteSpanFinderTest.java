package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpanFinderTest {

    private final QuoteSpanFinder finder = new QuoteSpanFinder();

    @Test
    void shouldPairCurlyAndStraightMarksWhenEditorsMixedThem() {
        String text = "“When all the evidence is presented,\" he said, \"maybe you will see it differently.”";
        List<QuoteSpan> spans = finder.find(text);
        assertEquals(2, spans.size());
        assertEquals("When all the evidence is presented,", spans.get(0).text(text));
        assertEquals("maybe you will see it differently.", spans.get(1).text(text));
    }

    @Test
    void shouldLeaveOutTheSpaceInsideACurlyMark() {
        String text = "Any user can switch to a “ creator ” account at any time.";
        assertEquals("creator", finder.find(text).get(0).text(text));
    }
}
