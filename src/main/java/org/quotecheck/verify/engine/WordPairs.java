package org.quotecheck.verify.engine;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Every two words side by side ("know_you", "of_the") indexed as one term (Lucene's
 * {@link ShingleFilter}) in a field of their own, documents only. A phrase of everyday words is a
 * conjunction of lists holding a tenth to a half of all quotes each; a pair of them is in a few
 * thousandths, so its list leads the phrase to the few quotes worth reading positions for. The
 * words' own field keeps its statistics, so BM25 scores as before.
 */
public final class WordPairs {

    public static final String FIELD = "pairs";
    /** Documents only: a pair is looked up to narrow a phrase's quotes, never scored or placed. */
    static final FieldType TYPE = fieldType();
    /** Pairs leading a phrase: each one more is a look-up per segment and only narrows what the first two left. */
    static final int LEADING = 2;

    private WordPairs() {
    }

    /** The indexed term of two words side by side. */
    static Term pair(String first, String second) {
        return new Term(FIELD, first + "_" + second);
    }

    /**
     * The quotes holding the {@link #LEADING} likely rarest pairs of {@code words} (as a phrase:
     * word i beside word i+1), or null when the words have no pair. Rarest by the product of the
     * words' counts in {@code documentFrequency}: the pair of two rare words is rarer still.
     */
    static Query leadingPairs(List<String> words, ToIntFunction<String> documentFrequency) {
        // each word's count read once (a sort would ask its comparator for them again and again)
        long[] counts = words.stream().mapToLong(documentFrequency::applyAsInt).toArray();
        Set<Term> pairs = new LinkedHashSet<>();
        IntStream.range(0, words.size() - 1).boxed()
                .sorted(Comparator.comparingLong(i -> counts[i] * counts[i + 1]))
                .forEach(i -> {
                    if (pairs.size() < LEADING) {
                        pairs.add(pair(words.get(i), words.get(i + 1)));
                    }
                });
        if (pairs.isEmpty()) {
            return null;
        }
        if (pairs.size() == 1) {
            return new TermQuery(pairs.iterator().next());
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        pairs.forEach(p -> all.add(new TermQuery(p), Occur.FILTER));
        return all.build();
    }

    /** The field's analyzer: the quote's words as the index reads them, paired. */
    static final class PairAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new NormalizedWordTokenizer();
            return new TokenStreamComponents(words, pairs(words));
        }
    }

    /** The pairs of words side by side, alone (no single words), each at its first word's position. */
    static TokenStream pairs(TokenStream words) {
        ShingleFilter pairs = new ShingleFilter(words, 2, 2);
        pairs.setOutputUnigrams(false);
        pairs.setTokenSeparator("_");
        return pairs;
    }

    private static FieldType fieldType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }
}
