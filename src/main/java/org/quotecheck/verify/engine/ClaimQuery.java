package org.quotecheck.verify.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query that finds a claim's candidate quotes from its normalised words, in the order a claim
 * is usually related to its source:
 * <ol>
 * <li>the exact phrase (an exact claim, or a fragment of a longer quote);</li>
 * <li>the sloppy phrase (a word inserted or dropped, or an ellipsis over a few words);</li>
 * <li>parts of the phrase: for a short claim one phrase per word with that word's position left
 * open (exactly "one word replaced"), for a long one of common words its consecutive windows (one
 * replaced word leaves the others intact);</li>
 * <li>the rarer words on their own, weighted by BM25, for claims that are reworded: a quote must
 * share at least half of them.</li>
 * </ol>
 * The phrase clauses score constants far above what the words alone score, so a quote holding the
 * claim's words in order ranks above quotes that only share them; among those, BM25 prefers the
 * shortest (the quote worded exactly so). Positions make a claim of common words cheap: a phrase
 * is a conjunction led by its rarest word, with no budget that drops words.
 */
public final class ClaimQuery {

    static final String TEXT = "text";
    static final float EXACT = 100;
    static final float SLOPPY = 40;
    static final float PART = 20;
    /** Words a sloppy phrase may move: an inserted or dropped word, or an ellipsis over two or three. */
    static final int SLOP = 3;
    /** Claims up to this many words get one phrase per left-out word; longer ones get windows. */
    static final int HOLED_UP_TO = 12;
    static final int WINDOW = 4;
    /** The part of a claim's distinct rare words a quote must share to be found by its words alone. */
    static final double MIN_SHARED = 0.5;
    /** A word in at most this part of the quotes (or in RARE_MIN_QUOTES) is rare enough to find quotes by alone. */
    static final double RARE_SHARE = 0.02;
    static final int RARE_MIN_QUOTES = 50;
    /** A long claim with this many rare words is found by them, without phrase windows. */
    static final int RARE_ENOUGH = 3;
    /** Words of a claim used at most (a whole speech pasted as a claim stays one bounded query). */
    static final int MAX_WORDS = 200;

    private ClaimQuery() {
    }

    /**
     * The query for a claim's normalised words, in an index of {@code documents} quotes where
     * {@code documentFrequency} tells in how many a word is.
     */
    public static Query of(List<String> claimWords, ToIntFunction<String> documentFrequency, int documents) {
        List<String> words = new ArrayList<>();
        for (String w : claimWords) {
            if (!w.isEmpty() && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("a claim without words");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int n = words.size();
        if (n >= 2) {
            query.add(constant(phrase(words, 0, n, -1, 0), EXACT), Occur.SHOULD);
            query.add(constant(phrase(words, 0, n, -1, SLOP), SLOPPY), Occur.SHOULD);
        }
        // the rarer words only: a word in every fiftieth quote says little about which one is meant,
        // and reading its long list cost more than all the phrases together
        long rareUpTo = Math.max(RARE_MIN_QUOTES, (long) (documents * RARE_SHARE));
        Set<String> rare = new LinkedHashSet<>();
        for (String word : words) {
            if (documentFrequency.applyAsInt(word) <= rareUpTo) {
                rare.add(word);
            }
        }
        if (n >= 4 && n <= HOLED_UP_TO) {
            for (int hole = 0; hole < n; hole++) {
                query.add(constant(phrase(words, 0, n, hole, 0), PART), Occur.SHOULD);
            }
        } else if (n > HOLED_UP_TO && rare.size() < RARE_ENOUGH) {
            // a long claim of common words: its windows (a long claim with rare words is found by them)
            for (int start = 0; start < n; start += WINDOW) {
                int from = Math.min(start, n - WINDOW); // the last window ends with the claim
                query.add(constant(phrase(words, from, from + WINDOW, -1, 0), PART), Occur.SHOULD);
            }
        }
        if (!rare.isEmpty()) {
            BooleanQuery.Builder shared = new BooleanQuery.Builder();
            for (String word : rare) {
                shared.add(new TermQuery(new Term(TEXT, word)), Occur.SHOULD);
            }
            // a quote sharing one rare word of a long claim is not its source
            shared.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(rare.size() * MIN_SHARED)));
            query.add(shared.build(), Occur.SHOULD);
        }
        return query.build();
    }

    /** The exact phrase alone: quotes holding these words in this order. */
    public static Query exactPhrase(List<String> words) {
        // the first MAX_WORDS: a quote holding the whole phrase holds them (and Lucene bounds a query's terms)
        List<String> kept = words.stream().filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
        if (kept.isEmpty()) {
            return new MatchNoDocsQuery("no words");
        }
        return kept.size() == 1 ? new TermQuery(new Term(TEXT, kept.get(0))) : phrase(kept, 0, kept.size(), -1, 0);
    }

    /** Words [from, to) as a phrase, the position {@code hole} left open (-1: none). */
    private static Query phrase(List<String> words, int from, int to, int hole, int slop) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
        for (int i = from; i < to; i++) {
            if (i != hole) {
                phrase.add(new Term(TEXT, words.get(i)), i - from);
            }
        }
        return phrase.build();
    }

    private static Query constant(Query query, float weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }
}
