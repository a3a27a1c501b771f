package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class WordPairsTest {

    /** The field's terms with their positions, as "term@position". */
    private static List<String> indexed(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (WordPairs.PairAnalyzer analyzer = new WordPairs.PairAnalyzer(); TokenStream stream = analyzer.tokenStream(WordPairs.FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term + "@" + position);
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void everyTwoWordsSideBySideAreIndexedAsOneTermAtTheFirstWordsPosition() throws IOException {
        assertEquals(List.of("we_will@0", "will_not@1", "not_accept@2", "accept_this@3"), indexed("We will not accept this."));
    }

    @Test
    void aQuoteOfOneWordHasNoPairs() throws IOException {
        assertEquals(List.of(), indexed("Nyet!"));
    }

    @Test
    void aPhraseIsLedByItsTwoRarestPairsByTheProductOfTheirWordsCounts() {
        Map<String, Integer> counts = Map.of("we", 400, "will", 300, "not", 500, "accept", 20, "this", 600);
        assertEquals("#pairs:not_accept #pairs:accept_this", WordPairs.leadingPairs(List.of("we", "will", "not", "accept", "this"), counts::get).toString(),
                "not×accept = 10,000 and accept×this = 12,000 lead; we×will = 120,000 does not");
    }

    @Test
    void aPairThatComesTwiceCountsOnce() {
        Map<String, Integer> counts = Map.of("no", 50, "deal", 2, "and", 900);
        assertEquals("#pairs:no_deal #pairs:deal_and", WordPairs.leadingPairs(List.of("no", "deal", "and", "no", "deal"), counts::get).toString(),
                "no_deal is the rarest twice; the next distinct pair leads beside it");
    }

    @Test
    void aSingleWordHasNoPairToBeLedBy() {
        assertNull(WordPairs.leadingPairs(List.of("samarkand"), w -> 1));
    }
}
