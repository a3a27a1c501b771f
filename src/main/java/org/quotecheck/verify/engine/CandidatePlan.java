package org.quotecheck.verify.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * <li>otherwise the whole query among all quotes (for a claim of everyday words, the quotes holding
 * it with one word different are the newest found, not all ranked: see {@link #amongAll}).</li>
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
                own = steps.claim(clauses(steps, words), claimedSpeakers, CandidateSearch.BY_SPEAKER);
            }
            return new CandidateSearch.Found(kept(exact), kept(own));
        }
        List<ClaimQuery.Clause> clauses = clauses(steps, words);
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
     * The claim's best matches among all quotes. A claim found by phrases only (everyday words) with
     * a word left open in turn: quotes holding it with one word different each score PART, so the
     * newest are as good as any, and the search for them stops at the OVERALL-th, after the ranked
     * search for the phrases that score more (a word inserted or dropped). Ranking them all would
     * read every quote holding all of the claim's words but one.
     */
    private static List<Hit> amongAll(Steps steps, List<ClaimQuery.Clause> clauses) {
        List<ClaimQuery.Clause> holed = clauses.stream().filter(ClaimQuery::holed).toList();
        if (holed.isEmpty() || !ClaimQuery.phrasesOnly(clauses)) {
            return steps.claim(clauses, null, CandidateSearch.OVERALL);
        }
        List<Hit> hits = new ArrayList<>(steps.claim(clauses.stream().filter(c -> !ClaimQuery.holed(c)).toList(), null, CandidateSearch.OVERALL));
        if (hits.size() < CandidateSearch.OVERALL) {
            Set<Long> ranked = new HashSet<>();
            hits.forEach(h -> ranked.add(h.quoteId()));
            for (Hit h : steps.firstMatching(holed, null, CandidateSearch.OVERALL)) {
                if (hits.size() < CandidateSearch.OVERALL && ranked.add(h.quoteId())) {
                    hits.add(new Hit(h.quoteId(), h.speakerId(), ClaimQuery.PART));
                }
            }
        }
        return hits;
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
