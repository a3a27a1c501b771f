package org.quotecheck.verify.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * A claim's words as a phrase with one position left open, for every open position at once: a
 * quote matches when it holds the words side by side with at most one of them different, and
 * scores {@code weight} for each open position that gives a match — what one {@code PhraseQuery}
 * per open position, summed, would score.
 *
 * <p>Those phrase queries each walk their own conjunction of the words' position lists, and for a
 * claim of everyday words the walking is the cost: ten phrases read the same long lists ten times.
 * Here the quotes holding all of the words but one are found once, on document lists alone (a
 * match holds the rarest word or, when that one is the open one, the second rarest), and only
 * their positions are read, once per quote.
 */
final class HoledPhraseQuery extends Query {

    /** Positions of the claim: at most 32 (the holes a match satisfies are kept as bits). */
    static final int MAX_WORDS = 32;

    private final String field;
    private final List<String> words;
    /** The open positions that count, as bits. */
    private final int holes;
    private final float weight;

    /** {@code words} with each of the positions in {@code holes} left open in turn. */
    HoledPhraseQuery(String field, List<String> words, int holes, float weight) {
        if (words.size() < 2 || words.size() > MAX_WORDS) {
            throw new IllegalArgumentException("a holed phrase has 2 to " + MAX_WORDS + " words");
        }
        this.field = field;
        this.words = List.copyOf(words);
        this.holes = holes;
        this.weight = weight;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Map<String, Integer> distinct = new LinkedHashMap<>();
        int[] termOf = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            termOf[i] = distinct.computeIfAbsent(words.get(i), w -> distinct.size());
        }
        List<BytesRef> terms = distinct.keySet().stream().map(BytesRef::new).toList();
        float score = weight * boost;
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Terms indexed = context.reader().terms(field);
                if (indexed == null || !indexed.hasPositions()) {
                    return null;
                }
                TermsEnum termsEnum = indexed.iterator();
                int n = terms.size();
                PostingsEnum[] documents = new PostingsEnum[n];
                PostingsEnum[] positions = new PostingsEnum[n];
                Integer[] rarestFirst = new Integer[n];
                int[] frequency = new int[n];
                int absent = 0;
                for (int t = 0; t < n; t++) {
                    rarestFirst[t] = t;
                    if (termsEnum.seekExact(terms.get(t))) {
                        frequency[t] = termsEnum.docFreq();
                        documents[t] = termsEnum.postings(null, PostingsEnum.NONE);
                        positions[t] = termsEnum.postings(null, PostingsEnum.POSITIONS);
                    } else {
                        absent++;
                    }
                }
                if (absent > 1 || absent == n) {
                    return null; // two words missing: no position left open brings them back
                }
                Arrays.sort(rarestFirst, (a, b) -> Integer.compare(frequency[a], frequency[b]));
                // a match holds every word but the open one: the rarest, or else the second rarest
                PostingsEnum rarest = documents[rarestFirst[absent]];
                DocIdSetIterator leads = absent == 1 || n == 1 ? rarest : new EitherOf(rarest, documents[rarestFirst[1]]);
                return new HoledScorer(this, leads, documents, positions, rarestFirst, termOf, holes, score);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Scorer scorer = scorer(context);
                if (scorer != null && scorer.twoPhaseIterator().approximation().advance(doc) == doc && scorer.twoPhaseIterator().matches()) {
                    return Explanation.match(scorer.score(), "the phrase with one word open, matching " + (int) (scorer.score() / score) + " ways");
                }
                return Explanation.noMatch("no phrase with one word open");
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /** The documents of either of two lists, in order. */
    private static final class EitherOf extends DocIdSetIterator {
        private final DocIdSetIterator a;
        private final DocIdSetIterator b;
        private int doc = -1;

        EitherOf(DocIdSetIterator a, DocIdSetIterator b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() throws IOException {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) throws IOException {
            int x = a.docID() < target ? a.advance(target) : a.docID();
            int y = b.docID() < target ? b.advance(target) : b.docID();
            return doc = Math.min(x, y);
        }

        @Override
        public long cost() {
            return a.cost() + b.cost();
        }
    }

    /** The candidates' positions checked one quote at a time. */
    private static final class HoledScorer extends Scorer {
        private final DocIdSetIterator leads;
        private final PostingsEnum[] documents;
        private final PostingsEnum[] positionLists;
        private final Integer[] rarestFirst;
        private final int[] termOf;
        private final int holes;
        private final float score;
        private final TwoPhaseIterator twoPhase;
        private final int[][] positions;
        private final int[] freqs;
        /** Per phrase start (offset by the phrase's length): the positions holding their word, and the sum of their indexes. */
        private int[] held = new int[64];
        private int[] indexSum = new int[64];
        private int[] starts = new int[64];
        private int matchedHoles;

        HoledScorer(Weight weight, DocIdSetIterator leads, PostingsEnum[] documents, PostingsEnum[] positionLists, Integer[] rarestFirst,
                int[] termOf, int holes, float score) {
            super(weight);
            this.leads = leads;
            this.documents = documents;
            this.positionLists = positionLists;
            this.rarestFirst = rarestFirst;
            this.termOf = termOf;
            this.holes = holes;
            this.score = score;
            this.positions = new int[documents.length][8];
            this.freqs = new int[documents.length];
            this.twoPhase = new TwoPhaseIterator(leads) {
                @Override
                public boolean matches() throws IOException {
                    matchedHoles = holesMatched(leads.docID());
                    return matchedHoles != 0;
                }

                @Override
                public float matchCost() {
                    return 10f * termOf.length;
                }
            };
        }

        /** The bits of the open positions that give a match in this quote (0: none). */
        private int holesMatched(int doc) throws IOException {
            // which words the quote holds, on the document lists alone (rarest first: two missing end the check)
            int missing = 0;
            for (int k = 0; k < rarestFirst.length; k++) {
                int t = rarestFirst[k];
                PostingsEnum d = documents[t];
                freqs[t] = 0;
                if (d == null || (d.docID() < doc ? d.advance(doc) : d.docID()) != doc) {
                    if (++missing > 1) {
                        return 0;
                    }
                    freqs[t] = -1;
                }
            }
            for (int t = 0; t < documents.length; t++) {
                if (freqs[t] < 0) {
                    freqs[t] = 0;
                    continue;
                }
                PostingsEnum p = positionLists[t];
                p.advance(doc);
                int freq = p.freq();
                if (positions[t].length < freq) {
                    positions[t] = new int[Math.max(freq, 2 * positions[t].length)];
                }
                for (int k = 0; k < freq; k++) {
                    positions[t][k] = p.nextPosition();
                }
                freqs[t] = freq;
            }
            int n = termOf.length;
            int touched = 0;
            for (int i = 0; i < n; i++) {
                int t = termOf[i];
                for (int k = 0; k < freqs[t]; k++) {
                    int start = positions[t][k] - i + n;
                    if (start >= held.length) {
                        int size = Math.max(start + 1, 2 * held.length);
                        held = Arrays.copyOf(held, size);
                        indexSum = Arrays.copyOf(indexSum, size);
                    }
                    if (held[start]++ == 0) {
                        if (touched == starts.length) {
                            starts = Arrays.copyOf(starts, 2 * starts.length);
                        }
                        starts[touched++] = start;
                    }
                    indexSum[start] += i;
                }
            }
            int all = n == 32 ? -1 : (1 << n) - 1;
            int allIndexes = n * (n - 1) / 2;
            int matched = 0;
            for (int s = 0; s < touched; s++) {
                int start = starts[s];
                if (held[start] == n) {
                    matched = all;
                } else if (held[start] == n - 1) {
                    matched |= 1 << (allIndexes - indexSum[start]);
                }
                held[start] = 0;
                indexSum[start] = 0;
            }
            return matched & holes;
        }

        @Override
        public int docID() {
            return leads.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return TwoPhaseIterator.asDocIdSetIterator(twoPhase);
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        @Override
        public float getMaxScore(int upTo) {
            return score * Integer.bitCount(holes);
        }

        @Override
        public float score() {
            return score * Integer.bitCount(matchedHoles);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            List<Term> terms = new ArrayList<>();
            words.forEach(w -> terms.add(new Term(field, w)));
            visitor.consumeTerms(this, terms.toArray(new Term[0]));
        }
    }

    @Override
    public String toString(String defaultField) {
        return (field.equals(defaultField) ? "" : field + ":") + "\"" + String.join(" ", words) + "\"~holes(" + Integer.toBinaryString(holes) + ")^" + weight;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && other instanceof HoledPhraseQuery o && field.equals(o.field) && words.equals(o.words)
                && holes == o.holes && weight == o.weight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, words, holes, weight);
    }
}
