package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class CommonGramsTest {

    /** The field's terms with their positions, as "term@position". */
    private static List<String> indexed(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (CommonGrams.GramAnalyzer analyzer = new CommonGrams.GramAnalyzer(); TokenStream stream = analyzer.tokenStream(CommonGrams.FIELD, text)) {
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
    void pairsOfFunctionWordsAreIndexedAtTheFirstWordsPosition() throws IOException {
        assertEquals(List.of("we_will@0", "what_it@4", "it_is@5", "is_a@6", "of_the@9"), indexed("We will not accept what it is: a failure of the West"),
                "\"not\", \"accept\", \"failure\" and \"west\" are content words, paired with none");
    }

    @Test
    void aSentenceOfContentWordsHasNoPairs() throws IOException {
        assertEquals(List.of(), indexed("Relations experiencing best period history"));
    }

    @Test
    void aPhraseRequiresItsPairsWhereTheyStand() {
        assertEquals("grams:\"i_you ? ? you_i\"", CommonGrams.pairsOf(List.of("i", "you", "bet", "you", "i")).toString());
        assertEquals("grams:of_the", CommonGrams.pairsOf(List.of("history", "of", "the", "summit")).toString());
        assertNull(CommonGrams.pairsOf(List.of("best", "period", "history")));
    }
}
