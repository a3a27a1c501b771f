package org.quotecheck.verify.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps by which both backends find a claim's candidates, so that they take the same ones:
 * <ol>
 * <li>the exact phrase among all quotes: an exact claim or a fragment, most of what is checked,
 * costs this one look-up (and the claimed speaker's own look when the best is not theirs);</li>
 * <li>when no quote holds the claim's words as they are and a speaker is claimed, the whole
 * {@link ClaimQuery} among that speaker's quotes first. If one of them holds the claim with one word
 * different or a few moved (a phrase clause matches), nobody else's quote can be a closer match
 * than an alteration, which the speaker's own outranks ({@link VerdictEngine}): the look among all
 * quotes, the costly one for a claim of common words, is left out;</li>
 * <li>otherwise the whole query among all quotes (the quotes holding the claim's everyday words with
 * one word different are the newest found, not all ranked: see {@link #amongAll}).</li>
 * </ol>
 */
public final class CandidatePlan {

    /** A quote found, its speaker and its score. */
    public record Hit(long quoteId, long speakerId, double score) {
    }

    /** What a backend runs: each call one search. */
    public interface Steps {
        /** Quotes holding these words as a phrase, among these speakers' ({@code null}: everyone's), best first. */
        List<Hit> exactPhrase(List<String> words, Collection<Long> speakers, int max);

        /** Quotes best matching these clauses, among these speakers' ({@code null}: everyone's), best first. */
        List<Hit> claim(List<ClaimQuery.Clause> clauses, Collection<Long> speakers, int max);

        /**
         * The newest {@code max} quotes matching any of these clauses, among these speakers' ({@code null}:
         * everyone's): any match will do, and the search stops at the max-th (an index sorted newest first).
         */
        List<Hit> firstMatching(List<ClaimQuery.Clause> clauses, Collection<Long> speakers, int max);

        /** In how many quotes a word is. */
        int documentFrequency(String word);

        /** How many quotes there are. */
        int documents();
    }

    private CandidatePlan() {
    }

    /** The candidates for a claim's normalised words, among all quotes and the claimed speakers'. */
    public static CandidateSearch.Found find(Steps steps, List<String> words, Collection<Long> claimedSpeakers) {
        boolean speakerClaimed = claimedSpeakers != null && !claimedSpeakers.isEmpty();
        List<Hit> exact = steps.exactPhrase(words, null, CandidateSearch.OVERALL);
        if (!exact.isEmpty()) {
            if (!speakerClaimed || claimedSpeakers.contains(exact.get(0).speakerId())) {
                return new CandidateSearch.Found(kept(exact), new long[0]);
            }
            List<Hit> own = steps.exactPhrase(words, claimedSpeakers, CandidateSearch.BY_SPEAKER);
            if (own.isEmpty()) {
                own = steps.claim(ClaimQuery.withoutExact(clauses(steps, words)), claimedSpeakers, CandidateSearch.BY_SPEAKER);
            }
            return new CandidateSearch.Found(kept(exact), kept(own));
        }
        // no quote holds the claim as it is: the exact phrase is not looked for again
        List<ClaimQuery.Clause> clauses = ClaimQuery.withoutExact(clauses(steps, words));
        if (!speakerClaimed) {
            return new CandidateSearch.Found(kept(amongAll(steps, clauses)), new long[0]);
        }
        List<Hit> own = steps.claim(clauses, claimedSpeakers, CandidateSearch.BY_SPEAKER);
        if (!own.isEmpty() && holdsPhrase(steps, clauses, claimedSpeakers, own)) {
            return new CandidateSearch.Found(new long[0], kept(own));
        }
        List<Hit> all = amongAll(steps, clauses);
        boolean ownBest = !all.isEmpty() && claimedSpeakers.contains(all.get(0).speakerId());
        return new CandidateSearch.Found(kept(all), ownBest ? new long[0] : kept(own));
    }

    /**
     * The claim's best matches among all quotes. The phrases with a word left open in turn whose
     * other words are all everyday ones match a great many quotes, each scoring PART: the newest of
     * them are as good as any, and the search for them stops at the OVERALL-th, beside the ranked
     * search for the other clauses (the exact and sloppy phrase, the open phrases led by a rare
     * word, the rare words), whose hits score more when they hold a phrase. A quote found by both
     * scores the sum, as in one query. Ranking them all would read every quote holding all of a
     * phrase's everyday words but one.
     */
    private static List<Hit> amongAll(Steps steps, List<ClaimQuery.Clause> clauses) {
        List<ClaimQuery.Clause> everyday = clauses.stream()
                .filter(c -> ClaimQuery.everydayHoled(c, steps::documentFrequency, steps.documents())).toList();
        if (everyday.isEmpty()) {
            return steps.claim(clauses, null, CandidateSearch.OVERALL);
        }
        List<Hit> ranked = steps.claim(clauses.stream().filter(c -> !everyday.contains(c)).toList(), null, CandidateSearch.OVERALL);
        if (ranked.size() == CandidateSearch.OVERALL && ranked.get(ranked.size() - 1).score() >= ClaimQuery.PART) {
            return ranked; // a quote holding an everyday phrase would score no more than the last of these
        }
        Map<Long, Hit> found = new LinkedHashMap<>();
        ranked.forEach(h -> found.put(h.quoteId(), h));
        for (Hit h : steps.firstMatching(everyday, null, CandidateSearch.OVERALL)) {
            found.merge(h.quoteId(), new Hit(h.quoteId(), h.speakerId(), ClaimQuery.PART),
                    (a, b) -> new Hit(a.quoteId(), a.speakerId(), a.score() + ClaimQuery.PART));
        }
        return found.values().stream().sorted(Comparator.comparingDouble(Hit::score).reversed()).limit(CandidateSearch.OVERALL).toList();
    }

    /** Whether one of the speakers' quotes matches a phrase clause (a phrase match scores PART or more). */
    private static boolean holdsPhrase(Steps steps, List<ClaimQuery.Clause> clauses, Collection<Long> speakers, List<Hit> own) {
        if (ClaimQuery.phrasesOnly(clauses)) {
            return own.get(0).score() >= ClaimQuery.PART;
        }
        List<ClaimQuery.Clause> phrases = ClaimQuery.phrases(clauses);
        return !phrases.isEmpty() && !steps.claim(phrases, speakers, 1).isEmpty();
    }

    private static List<ClaimQuery.Clause> clauses(Steps steps, List<String> words) {
        return ClaimQuery.clauses(words, steps::documentFrequency, steps.documents());
    }

    /** The quote ids of the hits scoring at least RELATIVE_TO_BEST of the best one. */
    static long[] kept(List<Hit> hits) {
        if (hits.isEmpty()) {
            return new long[0];
        }
        double min = hits.get(0).score() * CandidateSearch.RELATIVE_TO_BEST;
        return hits.stream().takeWhile(h -> h.score() >= min).mapToLong(Hit::quoteId).toArray();
    }
}
