package org.quotecheck.verify.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 *
 * <p>The query is first planned as {@link Clause}s, which this class renders for Lucene and the
 * OpenSearch backend renders as its query DSL, so that both backends run the very same shapes.
 */
public final class ClaimQuery {

    public static final String TEXT = "text";
    public static final float EXACT = 100;
    public static final float SLOPPY = 40;
    public static final float PART = 20;
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
    public static final int MAX_WORDS = 200;

    private ClaimQuery() {
    }

    /** One should-clause of a claim's query. */
    public sealed interface Clause permits Phrase, SharedWords {
    }

    /**
     * {@code words} as a phrase (word i at position i), the position {@code hole} left open (-1:
     * none), {@code slop} positions of leeway; a match scores the constant {@code weight}.
     */
    public record Phrase(List<String> words, int hole, int slop, float weight) implements Clause {
    }

    /** Quotes holding at least {@code minimum} of these words, scored by BM25. */
    public record SharedWords(List<String> words, int minimum) implements Clause {
    }

    /** The words of a claim the query uses: the non-empty ones, at most MAX_WORDS. */
    public static List<String> usedWords(List<String> claimWords) {
        return claimWords.stream().filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
    }

    /**
     * The clauses for a claim's normalised words, in an index of {@code documents} quotes where
     * {@code documentFrequency} tells in how many a word is; none for a claim without words.
     */
    public static List<Clause> clauses(List<String> claimWords, ToIntFunction<String> documentFrequency, int documents) {
        List<String> words = usedWords(claimWords);
        List<Clause> clauses = new ArrayList<>();
        if (words.isEmpty()) {
            return clauses;
        }
        int n = words.size();
        if (n >= 2) {
            clauses.add(new Phrase(words, -1, 0, EXACT));
            clauses.add(new Phrase(words, -1, SLOP, SLOPPY));
        }
        // the rarer words only: a word in every fiftieth quote says little about which one is meant,
        // and reading its long list cost more than all the phrases together
        Set<String> rare = new LinkedHashSet<>();
        for (String word : words) {
            if (rare(word, documentFrequency, documents)) {
                rare.add(word);
            }
        }
        if (n >= 4 && n <= HOLED_UP_TO) {
            for (int hole = 0; hole < n; hole++) {
                clauses.add(new Phrase(words, hole, 0, PART));
            }
        } else if (n > HOLED_UP_TO && rare.size() < RARE_ENOUGH) {
            // a long claim of common words: its windows (a long claim with rare words is found by them)
            for (int start = 0; start < n; start += WINDOW) {
                int from = Math.min(start, n - WINDOW); // the last window ends with the claim
                clauses.add(new Phrase(words.subList(from, from + WINDOW), -1, 0, PART));
            }
        }
        if (!rare.isEmpty()) {
            // a quote sharing one rare word of a long claim is not its source
            clauses.add(new SharedWords(List.copyOf(rare), Math.max(1, (int) Math.ceil(rare.size() * MIN_SHARED))));
        }
        return clauses;
    }

    /**
     * The clauses that can match in an index where {@code documentFrequency} tells in how many
     * quotes a word is: a phrase needing a word that no quote holds (at a position not left open)
     * matches none. Exact counts only (one index, not a shard's).
     */
    public static List<Clause> matchable(List<Clause> clauses, ToIntFunction<String> documentFrequency) {
        return clauses.stream().filter(c -> !(c instanceof Phrase p) || needed(p).allMatch(w -> documentFrequency.applyAsInt(w) > 0)).toList();
    }

    private static java.util.stream.Stream<String> needed(Phrase p) {
        return java.util.stream.IntStream.range(0, p.words().size()).filter(i -> i != p.hole()).mapToObj(p.words()::get);
    }

    /** Whether a word is rare enough to find quotes by alone, in an index of {@code documents} quotes. */
    private static boolean rare(String word, ToIntFunction<String> documentFrequency, int documents) {
        return documentFrequency.applyAsInt(word) <= Math.max(RARE_MIN_QUOTES, (long) (documents * RARE_SHARE));
    }

    /**
     * True for a phrase with a position left open whose other words are all everyday ones (none
     * rare): a quote holding the claim with its one rare word replaced matches it, and so do a great
     * many others, all scoring PART alike.
     */
    public static boolean everydayHoled(Clause clause, ToIntFunction<String> documentFrequency, int documents) {
        return holed(clause) && needed((Phrase) clause).noneMatch(w -> rare(w, documentFrequency, documents));
    }

    /** The clauses but the exact phrase: for a claim that no quote holds as it is, which the query need not look for again. */
    public static List<Clause> withoutExact(List<Clause> clauses) {
        return clauses.stream().filter(c -> !(c instanceof Phrase p && p.hole() < 0 && p.slop() == 0 && p.weight() == EXACT)).toList();
    }

    /** True when these clauses are phrases only (a claim of common words): a match scoring PART or more held a phrase. */
    public static boolean phrasesOnly(List<Clause> clauses) {
        return clauses.stream().allMatch(c -> c instanceof Phrase);
    }

    /** True for a phrase with a position left open (a quote holding the claim with one word different matches it). */
    public static boolean holed(Clause clause) {
        return clause instanceof Phrase p && p.hole() >= 0;
    }

    /** The phrase clauses alone. */
    public static List<Clause> phrases(List<Clause> clauses) {
        return clauses.stream().filter(c -> c instanceof Phrase).toList();
    }

    /**
     * The clauses as one Lucene query: a quote matching any of them, scored by the sum of those it
     * matches; {@code documentFrequency} tells which pairs of words lead an exact phrase.
     */
    public static Query of(List<Clause> clauses, ToIntFunction<String> documentFrequency) {
        if (clauses.isEmpty()) {
            return new MatchNoDocsQuery("a claim without words");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        // the phrases of the same words with one position open become one query that reads their positions once
        Map<Phrase, Integer> holed = new LinkedHashMap<>();
        for (Clause clause : clauses) {
            if (clause instanceof Phrase p && p.hole() >= 0 && p.slop() == 0 && p.words().size() <= HoledPhraseQuery.MAX_WORDS) {
                holed.merge(new Phrase(p.words(), -1, 0, p.weight()), 1 << p.hole(), (a, b) -> a | b);
            } else {
                query.add(lucene(clause, documentFrequency), Occur.SHOULD);
            }
        }
        holed.forEach((p, holes) -> query.add(new HoledPhraseQuery(TEXT, WordPairs.FIELD, p.words(), holes, p.weight()), Occur.SHOULD));
        return query.build();
    }

    private static Query lucene(Clause clause, ToIntFunction<String> documentFrequency) {
        if (clause instanceof Phrase p) {
            Query phrase = phrase(p.words(), p.hole(), p.slop());
            return constant(p.hole() < 0 && p.slop() == 0 ? ledByPairs(phrase, p.words(), documentFrequency) : phrase, p.weight());
        }
        SharedWords s = (SharedWords) clause;
        BooleanQuery.Builder shared = new BooleanQuery.Builder();
        for (String word : s.words()) {
            shared.add(new TermQuery(new Term(TEXT, word)), Occur.SHOULD);
        }
        shared.setMinimumNumberShouldMatch(s.minimum());
        return shared.build();
    }

    /** The exact phrase alone: quotes holding these words in this order ({@code documentFrequency}: as for {@link #of}). */
    public static Query exactPhrase(List<String> words, ToIntFunction<String> documentFrequency) {
        // the first MAX_WORDS: a quote holding the whole phrase holds them (and Lucene bounds a query's terms)
        List<String> kept = usedWords(words);
        if (kept.isEmpty()) {
            return new MatchNoDocsQuery("no words");
        }
        return kept.size() == 1 ? new TermQuery(new Term(TEXT, kept.get(0))) : ledByPairs(phrase(kept, -1, 0), kept, documentFrequency);
    }

    /**
     * The exact phrase, its rarest pairs of words side by side required beside it ({@link WordPairs}):
     * the same quotes, scored by the phrase alone, found from the pairs' short lists.
     */
    private static Query ledByPairs(Query phrase, List<String> words, ToIntFunction<String> documentFrequency) {
        Query pairs = WordPairs.leadingPairs(words, documentFrequency);
        return pairs == null ? phrase : new BooleanQuery.Builder().add(phrase, Occur.MUST).add(pairs, Occur.FILTER).build();
    }

    /** The words as a phrase, the position {@code hole} left open (-1: none). */
    private static Query phrase(List<String> words, int hole, int slop) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
        for (int i = 0; i < words.size(); i++) {
            if (i != hole) {
                phrase.add(new Term(TEXT, words.get(i)), i);
            }
        }
        return phrase.build();
    }

    private static Query constant(Query query, float weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }
}
