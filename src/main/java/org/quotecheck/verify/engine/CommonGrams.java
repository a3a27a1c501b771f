package org.quotecheck.verify.engine;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Two function words side by side ("of the", "i you") indexed as one term ({@code of_the}, Lucene's
 * {@link CommonGramsFilter}) in a field of their own, at the first word's position. A phrase of
 * everyday words is a conjunction of lists holding a third of all quotes each; its pairs of
 * function words are in a hundredth of them, so they lead the phrase to the few quotes worth
 * reading positions for. The words' own field keeps its statistics, so BM25 scores as before.
 */
public final class CommonGrams {

    public static final String FIELD = "grams";
    /** Positions only: the pairs are looked up, never scored. */
    static final FieldType TYPE = fieldType();
    private static final CharArraySet WORDS = new CharArraySet(FunctionWords.all(), false);

    private CommonGrams() {
    }

    /** True when the pair of these two words is indexed. */
    static boolean paired(String first, String second) {
        return FunctionWords.isFunctionWord(first) && FunctionWords.isFunctionWord(second);
    }

    /** The indexed term of two function words side by side (CommonGramsFilter's own form). */
    static Term gram(String first, String second) {
        return new Term(FIELD, first + "_" + second);
    }

    /**
     * The quotes holding the pairs of function words of {@code words} (as a phrase: word i at
     * position i) where they are, or null when the words have no such pair.
     */
    static Query pairsOf(List<String> words) {
        PhraseQuery.Builder pairs = new PhraseQuery.Builder();
        Term first = null;
        int count = 0;
        for (int i = 0; i + 1 < words.size(); i++) {
            if (paired(words.get(i), words.get(i + 1))) {
                Term gram = gram(words.get(i), words.get(i + 1));
                pairs.add(gram, i);
                first = count++ == 0 ? gram : first;
            }
        }
        return count == 0 ? null : count == 1 ? new TermQuery(first) : pairs.build();
    }

    /** The field's analyzer: the quote's words as the index reads them, their pairs of function words kept alone. */
    static final class GramAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new NormalizedWordTokenizer();
            return new TokenStreamComponents(words, pairs(words));
        }
    }

    /** The pairs of function words of these words, alone, at their first word's position. */
    static TokenStream pairs(TokenStream words) {
        return new PairsOnly(new CommonGramsFilter(words, WORDS));
    }

    /**
     * Keeps the pairs of two function words: CommonGramsFilter also pairs a function word with its
     * neighbour ("accept_what"), which would nearly double the index for pairs a phrase of content
     * words does not need (its content words lead it already).
     */
    static final class PairsOnly extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);

        PairsOnly(TokenStream input) {
            super(input);
        }

        @Override
        protected boolean accept() {
            if (!CommonGramsFilter.GRAM_TYPE.equals(type.type())) {
                return false;
            }
            int separator = -1;
            for (int i = 0; i < term.length() && separator < 0; i++) {
                separator = term.charAt(i) == '_' ? i : -1;
            }
            return separator > 0 && WORDS.contains(term.buffer(), 0, separator)
                    && WORDS.contains(term.buffer(), separator + 1, term.length() - separator - 1);
        }
    }

    private static FieldType fieldType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }
}
