package org.quotecheck.verify.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConjunctionUtils;
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
 * match holds every word and every pair of words side by side ({@link WordPairs}) that does not
 * touch the open position, and the rarest of those lists leads), and only their positions are
 * read, once per quote.
 */
final class HoledPhraseQuery extends Query {

    /** Positions of the claim: at most 32 (the holes a match satisfies are kept as bits). */
    static final int MAX_WORDS = 32;

    private final String field;
    /** The field of pairs of words side by side ({@link WordPairs}), null for none. */
    private final String pairField;
    private final List<String> words;
    /** The open positions that count, as bits. */
    private final int holes;
    private final float weight;

    /**
     * {@code words} in {@code field} with each of the positions in {@code holes} left open in turn;
     * {@code pairField}, when not null, holds their pairs of words side by side.
     */
    HoledPhraseQuery(String field, String pairField, List<String> words, int holes, float weight) {
        if (words.size() < 2 || words.size() > MAX_WORDS) {
            throw new IllegalArgumentException("a holed phrase has 2 to " + MAX_WORDS + " words");
        }
        this.field = field;
        this.pairField = pairField;
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
                Lists words = new Lists(indexed.iterator());
                Terms paired = pairField == null ? null : context.reader().terms(pairField);
                Lists pairs = paired == null ? null : new Lists(paired.iterator());
                // per open position, the quotes holding every other word and the pairs not touching it
                List<DocIdSetIterator> perHole = new ArrayList<>();
                for (int hole = 0; hole < termOf.length; hole++) {
                    if ((holes & 1 << hole) != 0) {
                        DocIdSetIterator holding = holding(words, pairs, hole);
                        if (holding != null) {
                            perHole.add(holding);
                        }
                    }
                }
                if (perHole.isEmpty()) {
                    return null;
                }
                PostingsEnum[] positions = new PostingsEnum[terms.size()];
                for (int t = 0; t < positions.length; t++) {
                    positions[t] = words.postings(terms.get(t), PostingsEnum.POSITIONS);
                }
                return new HoledScorer(this, perHole.size() == 1 ? perHole.get(0) : new AnyOf(perHole), positions, termOf, holes, score);
            }

            /** The documents holding the words but the one at {@code hole}, and their pairs; null when some are in none. */
            private DocIdSetIterator holding(Lists words, Lists pairs, int hole) throws IOException {
                List<DocIdSetIterator> lists = new ArrayList<>();
                boolean[] needed = new boolean[terms.size()];
                for (int i = 0; i < termOf.length; i++) {
                    needed[termOf[i]] |= i != hole;
                }
                for (int t = 0; t < needed.length; t++) {
                    if (needed[t]) {
                        PostingsEnum list = words.postings(terms.get(t), PostingsEnum.NONE);
                        if (list == null) {
                            return null;
                        }
                        lists.add(list);
                    }
                }
                for (int i = 0; pairs != null && i + 1 < termOf.length; i++) {
                    if (i != hole && i + 1 != hole) {
                        PostingsEnum list = pairs.postings(WordPairs.pair(HoledPhraseQuery.this.words.get(i), HoledPhraseQuery.this.words.get(i + 1)).bytes(),
                                PostingsEnum.NONE);
                        if (list == null) {
                            return null;
                        }
                        lists.add(list);
                    }
                }
                return lists.size() == 1 ? lists.get(0) : ConjunctionUtils.intersectIterators(lists);
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

    /** A segment's postings of a field's terms, each term looked up once. */
    private static final class Lists {
        private final TermsEnum terms;
        private final Map<BytesRef, TermState> found = new HashMap<>();

        Lists(TermsEnum terms) {
            this.terms = terms;
        }

        /** A new enum over the term's postings, null when no document of the segment holds it. */
        PostingsEnum postings(BytesRef term, int flags) throws IOException {
            TermState state = found.get(term);
            if (state == null) {
                if (found.containsKey(term) || !terms.seekExact(term)) {
                    found.put(term, null);
                    return null;
                }
                state = terms.termState();
                found.put(term, state);
            } else {
                terms.seekExact(term, state);
            }
            return terms.postings(null, flags);
        }
    }

    /** The documents of any of a few lists, in order. */
    private static final class AnyOf extends DocIdSetIterator {
        private final DocIdSetIterator[] lists;
        private int doc = -1;

        AnyOf(List<DocIdSetIterator> lists) {
            this.lists = lists.toArray(new DocIdSetIterator[0]);
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
            int next = NO_MORE_DOCS;
            for (DocIdSetIterator list : lists) {
                int at = list.docID() < target ? list.advance(target) : list.docID();
                next = Math.min(next, at);
            }
            return doc = next;
        }

        @Override
        public long cost() {
            long cost = 0;
            for (DocIdSetIterator list : lists) {
                cost += list.cost();
            }
            return cost;
        }
    }

    /** The candidates' positions checked one quote at a time. */
    private static final class HoledScorer extends Scorer {
        private final DocIdSetIterator candidates;
        private final PostingsEnum[] positionLists;
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

        HoledScorer(Weight weight, DocIdSetIterator candidates, PostingsEnum[] positionLists, int[] termOf, int holes, float score) {
            super(weight);
            this.candidates = candidates;
            this.positionLists = positionLists;
            this.termOf = termOf;
            this.holes = holes;
            this.score = score;
            this.positions = new int[positionLists.length][8];
            this.freqs = new int[positionLists.length];
            this.twoPhase = new TwoPhaseIterator(candidates) {
                @Override
                public boolean matches() throws IOException {
                    matchedHoles = holesMatched(candidates.docID());
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
            for (int t = 0; t < positionLists.length; t++) {
                PostingsEnum p = positionLists[t];
                freqs[t] = 0;
                if (p != null && (p.docID() < doc ? p.advance(doc) : p.docID()) == doc) {
                    int freq = p.freq();
                    if (positions[t].length < freq) {
                        positions[t] = new int[Math.max(freq, 2 * positions[t].length)];
                    }
                    for (int k = 0; k < freq; k++) {
                        positions[t][k] = p.nextPosition();
                    }
                    freqs[t] = freq;
                }
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
            return candidates.docID();
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
        return sameClassAs(other) && other instanceof HoledPhraseQuery o && field.equals(o.field) && Objects.equals(pairField, o.pairField) && words.equals(o.words)
                && holes == o.holes && weight == o.weight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, pairField, words, holes, weight);
    }
}
