package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.quotecheck.text.TextNormalizer;

class QuoteAnalyzerTest {

    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (QuoteAnalyzer analyzer = new QuoteAnalyzer(); TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "@" + text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        return out;
    }

    @Test
    void shouldCutTheWordsTheNormalizerGivesWithTheirOriginalSpans() throws IOException {
        assertEquals(List.of("xis@Xi’s", "best@best", "period@period", "erdogan@Erdoğan"), tokens("Xi’s ‘best’ period — Erdoğan"));
    }

    @Test
    void shouldIndexAQuoteWithExactlyTheWordsAClaimIsReadAs() throws IOException {
        String quote = "Russian-Chinese relations are experiencing \"the best period\" in their history, 3% up…";
        List<String> words = tokens(quote).stream().map(t -> t.substring(0, t.indexOf('@'))).toList();
        assertEquals(List.of(TextNormalizer.instance().key(quote).split(" ")), words);
    }

    @Test
    void shouldGiveNoWordsForPunctuationAlone() throws IOException {
        assertEquals(List.of(), tokens(" … — !"));
    }
}
