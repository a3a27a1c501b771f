package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VagueClaimTest {

    @Test
    void shouldCallAClaimOfTwoWordsVague() {
        assertTrue(VagueClaim.isVague(List.of("no", "regrets")));
    }

    @Test
    void shouldCallAClaimOfStopWordsOnlyVague() {
        assertTrue(VagueClaim.isVague(List.of("it", "is", "not", "in", "the")));
        assertFalse(VagueClaim.isVague(List.of("it", "is", "not", "the", "one")), "'one' is a word of its own");
    }

    @Test
    void shouldLookUpAClaimOfThreeEverydayWords() {
        assertFalse(VagueClaim.isVague(List.of("i", "have", "no", "regrets")));
        assertFalse(VagueClaim.isVague(List.of("best", "period", "ever")));
    }
}
