package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimQueryTest {

    /** In how many of 1,000 quotes each word is; "deodorizing" in none. */
    private static final Map<String, Integer> FREQUENCY = Map.of("we", 400, "will", 300, "not", 350, "accept", 20, "this", 500);

    private static int frequency(String word) {
        return FREQUENCY.getOrDefault(word, 0);
    }

    @Test
    void aPhraseNeedingAWordNoQuoteHoldsCannotMatchAndIsLeftOut() {
        List<String> claim = List.of("we", "will", "not", "deodorizing", "this");
        List<ClaimQuery.Clause> clauses = ClaimQuery.clauses(claim, ClaimQueryTest::frequency, 1000);
        List<ClaimQuery.Clause> matchable = ClaimQuery.matchable(clauses, ClaimQueryTest::frequency);
        // the exact and sloppy phrases need "deodorizing"; of the holed ones only the one open where it stands can match
        assertEquals(List.of(new ClaimQuery.Phrase(claim, 3, 0, ClaimQuery.PART), new ClaimQuery.SharedWords(List.of("deodorizing"), 1)), matchable);
    }

    @Test
    void aClaimOfStoredWordsKeepsEveryClause() {
        List<String> claim = List.of("we", "will", "not", "accept", "this");
        List<ClaimQuery.Clause> clauses = ClaimQuery.clauses(claim, ClaimQueryTest::frequency, 1000);
        assertEquals(clauses, ClaimQuery.matchable(clauses, ClaimQueryTest::frequency));
    }
}
