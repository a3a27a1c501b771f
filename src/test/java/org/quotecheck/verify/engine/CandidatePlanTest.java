package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plan's order of searches, on a small in-memory stand-in for a backend that answers from a few
 * quotes of the Astana summit and records which searches were asked of it.
 */
class CandidatePlanTest {

    private static final long PUTIN = 1;
    private static final long XI = 2;

    /** A quote: id, speaker, words. */
    private record Quote(long id, long speaker, List<String> words) {
    }

    /** Answers the plan's searches from its quotes by the phrase rules of ClaimQuery; records every search. */
    private static final class Recorded implements CandidatePlan.Steps {
        final List<Quote> quotes;
        final List<String> asked = new ArrayList<>();
        final List<ClaimQuery.Clause> ranked = new ArrayList<>();

        Recorded(Quote... quotes) {
            this.quotes = List.of(quotes);
        }

        @Override
        public List<CandidatePlan.Hit> exactPhrase(List<String> words, Collection<Long> speakers, int max) {
            asked.add("exact " + (speakers == null ? "all" : "own"));
            return among(speakers).stream().filter(q -> holds(q.words(), words, -1))
                    .map(q -> new CandidatePlan.Hit(q.id(), q.speaker(), ClaimQuery.EXACT)).limit(max).toList();
        }

        @Override
        public List<CandidatePlan.Hit> claim(List<ClaimQuery.Clause> clauses, Collection<Long> speakers, int max) {
            asked.add("claim " + (speakers == null ? "all" : "own") + (clauses.stream().allMatch(c -> c instanceof ClaimQuery.Phrase) ? " phrases" : ""));
            ranked.addAll(clauses);
            List<CandidatePlan.Hit> hits = new ArrayList<>();
            for (Quote q : among(speakers)) {
                double score = 0;
                for (ClaimQuery.Clause c : clauses) {
                    if (c instanceof ClaimQuery.Phrase p && p.slop() == 0 && holds(q.words(), p.words(), p.hole())) {
                        score += p.weight();
                    } else if (c instanceof ClaimQuery.SharedWords s) {
                        score += s.words().stream().filter(q.words()::contains).count();
                    }
                }
                if (score > 0) {
                    hits.add(new CandidatePlan.Hit(q.id(), q.speaker(), score));
                }
            }
            hits.sort((a, b) -> Double.compare(b.score(), a.score()));
            return hits.stream().limit(max).toList();
        }

        @Override
        public List<CandidatePlan.Hit> firstMatching(List<ClaimQuery.Clause> clauses, Collection<Long> speakers, int max) {
            asked.add("first " + (speakers == null ? "all" : "own"));
            return among(speakers).stream()
                    .filter(q -> clauses.stream().anyMatch(c -> c instanceof ClaimQuery.Phrase p && holds(q.words(), p.words(), p.hole())))
                    .sorted((a, b) -> Long.compare(b.id(), a.id())).map(q -> new CandidatePlan.Hit(q.id(), q.speaker(), 1)).limit(max).toList();
        }

        @Override
        public int documentFrequency(String word) {
            return (int) quotes.stream().filter(q -> q.words().contains(word)).count();
        }

        @Override
        public int documents() {
            return quotes.size();
        }

        private List<Quote> among(Collection<Long> speakers) {
            return quotes.stream().filter(q -> speakers == null || speakers.contains(q.speaker())).toList();
        }

        private static boolean holds(List<String> text, List<String> phrase, int hole) {
            for (int start = 0; start + phrase.size() <= text.size(); start++) {
                boolean all = true;
                for (int i = 0; i < phrase.size() && all; i++) {
                    all = i == hole || text.get(start + i).equals(phrase.get(i));
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    private static final Quote BEST_PERIOD = new Quote(10, PUTIN, words("relations are now going through the best period in their history"));
    private static final Quote XI_PILLAR = new Quote(20, XI, words("we will not accept this and we are going through the best time"));

    @Test
    void anExactClaimCostsOneSearch() {
        Recorded steps = new Recorded(BEST_PERIOD, XI_PILLAR);
        CandidateSearch.Found found = CandidatePlan.find(steps, words("the best period in their history"), Set.of(PUTIN));
        assertArrayEquals(new long[] {10}, found.overall());
        assertEquals(List.of("exact all"), steps.asked);
    }

    @Test
    void theSpeakersOwnAlterationLeavesOutTheSearchAmongAll() {
        Recorded steps = new Recorded(BEST_PERIOD, XI_PILLAR);
        // one word replaced: Putin's quote holds the claim with a hole where "time" stands
        CandidateSearch.Found found = CandidatePlan.find(steps, words("going through the best time in their history"), Set.of(PUTIN));
        assertArrayEquals(new long[] {10}, found.bySpeaker());
        assertEquals(0, found.overall().length);
        assertTrue(steps.asked.stream().noneMatch(s -> s.equals("claim all")), steps.asked.toString());
    }

    @Test
    void withoutAPhraseOfTheSpeakersTheSearchAmongAllStillRuns() {
        Recorded steps = new Recorded(BEST_PERIOD, XI_PILLAR);
        // Xi's words with two changed: nothing of Putin's holds them as a phrase, so someone else's may be the match
        CandidateSearch.Found found = CandidatePlan.find(steps, words("we will never accept this and we are"), Set.of(PUTIN));
        assertTrue(steps.asked.contains("claim all"), steps.asked.toString());
        assertArrayEquals(new long[] {20}, found.overall());
    }

    @Test
    void someoneElsesExactWordsAreFoundBesideTheSpeakersOwn() {
        Recorded steps = new Recorded(BEST_PERIOD, XI_PILLAR);
        CandidateSearch.Found found = CandidatePlan.find(steps, words("we will not accept this"), Set.of(PUTIN));
        assertArrayEquals(new long[] {20}, found.overall());
        assertEquals(List.of("exact all", "exact own", "claim own"), steps.asked);
    }

    @Test
    void aClaimOfEverydayWordsWithOneWordDifferentTakesTheNewestQuotesHoldingItNotAllRanked() {
        List<Quote> quotes = new ArrayList<>();
        // every word in 60 quotes or more: none is rare, only phrases find the claim
        for (int i = 0; i < 60; i++) {
            quotes.add(new Quote(100 + i, 100 + i, words("we are going to do what we said")));
            quotes.add(new Quote(200 + i, 200 + i, words("you said it")));
        }
        Recorded steps = new Recorded(quotes.toArray(new Quote[0]));
        CandidateSearch.Found found = CandidatePlan.find(steps, words("we are going to do what you said"), null);
        assertEquals(List.of("exact all", "claim all phrases", "first all"), steps.asked);
        assertEquals(CandidateSearch.OVERALL, found.overall().length);
        assertArrayEquals(new long[] {159, 158, 157, 156, 155, 154, 153, 152}, found.overall(), "the newest eight holding it but one word");
    }

    /** 60 quotes of everyday words and 60 of others: every word of them is in 60 quotes or more, none rare. */
    private static List<Quote> everyday() {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            quotes.add(new Quote(100 + i, 100 + i, words("we are going to do what we said")));
            quotes.add(new Quote(200 + i, 200 + i, words("you said it")));
        }
        return quotes;
    }

    @Test
    void aClaimWhoseRareWordIsTheReplacedOneTakesTheNewestQuotesHoldingItsEverydayWords() {
        Recorded steps = new Recorded(everyday().toArray(new Quote[0]));
        // "promised" is in no quote: left open, the claim's everyday words are in sixty
        CandidateSearch.Found found = CandidatePlan.find(steps, words("we are going to do what we promised"), null);
        assertEquals(List.of("exact all", "claim all", "first all"), steps.asked);
        assertArrayEquals(new long[] {159, 158, 157, 156, 155, 154, 153, 152}, found.overall(), "the newest eight holding it but the rare word");
        assertTrue(steps.ranked.stream().noneMatch(ClaimQuery::holed) || steps.ranked.stream().filter(ClaimQuery::holed)
                .allMatch(c -> ((ClaimQuery.Phrase) c).hole() != 7), "the phrase open where the rare word stands is not ranked: " + steps.ranked);
    }

    @Test
    void aQuoteFoundByTheRankedSearchAndAmongTheNewestScoresBoth() {
        List<Quote> quotes = everyday();
        // holds the claim but "said" for "promised", and "promised" too: in one query it would score both
        quotes.add(new Quote(300, PUTIN, words("we are going to do what we said we promised")));
        Recorded steps = new Recorded(quotes.toArray(new Quote[0]));
        CandidateSearch.Found found = CandidatePlan.find(steps, words("we are going to do what we promised"), null);
        assertEquals(300, found.overall()[0], "found by its rare word alone it would score below the phrase's quotes and be left out");
        assertEquals(CandidateSearch.OVERALL, found.overall().length);
    }

    @Test
    void theExactPhraseNoQuoteHoldsIsNotLookedForAgain() {
        Recorded steps = new Recorded(BEST_PERIOD, XI_PILLAR);
        CandidatePlan.find(steps, words("we will never accept this and we are"), Set.of(PUTIN));
        assertTrue(steps.ranked.stream().noneMatch(c -> c instanceof ClaimQuery.Phrase p && p.weight() == ClaimQuery.EXACT), steps.ranked.toString());
    }
}
