package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteMatcherTest {

    static final String PUTIN = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, "
            + "are experiencing their best period in history,";
    static final String PUTIN_2 = "Our cooperation is not aimed against anyone, we are not creating any blocs or alliances, "
            + "we are just acting in the interests of our peoples.";

    private final QuoteMatcher matcher = new QuoteMatcher();

    private WordMatch match(String claim, String quote) {
        return matcher.match(Claim.parse(claim), TokenizedText.of(quote));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // exact, typography aside
            "“Russian–Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history.”|EXACT",
            "RUSSIAN CHINESE RELATIONS OUR COMPREHENSIVE PARTNERSHIP AND STRATEGIC COOPERATION ARE EXPERIENCING THEIR BEST PERIOD IN HISTORY|EXACT",
            // legitimate editing
            "Russian-Chinese relations … are experiencing their best period in history|EXACT",
            "Russian-Chinese relations... are experiencing their best period in history|EXACT",
            "[Russia and China] are experiencing their best period in history|EXACT",
            "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing [the] best period in history|EXACT",
            // parts
            "our comprehensive partnership and strategic cooperation|FRAGMENT",
            "are experiencing their best period in history|FRAGMENT",
            "… their best period in history|FRAGMENT",
            "Russian-Chinese relations … their best period|FRAGMENT",
            // alterations
            "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their worst period in history|ALTERED",
            "Russian-Chinese relations are experiencing their best period in history|ALTERED",
            "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in modern history|ALTERED",
            "our comprehensive partnership is experiencing its best period|ALTERED",
            // not close
            "best period|NONE",
            "The era of Western domination is over, and Russia and China will build the new order together.|NONE",
            "Relations with the West are at their lowest point in decades|NONE",
    })
    void shouldClassifyClaimWhenComparedWithPutinsQuote(String claim, WordMatch.Kind expected) {
        assertEquals(expected, match(claim, PUTIN).kind());
    }

    @Test
    void shouldFlagNegationAsCriticalWhenClaimDropsIt() {
        WordMatch m = match("Our cooperation is not aimed against anyone, we are creating new blocs and alliances, "
                + "we are just acting in the interests of our peoples.", PUTIN_2);
        assertEquals(WordMatch.Kind.ALTERED, m.kind());
        assertTrue(m.critical());
        assertTrue(m.diff().stream().anyMatch(d -> d.critical() && d.source().contains("not")));
    }

    @Test
    void shouldShowRealWordsInDiffWhenAWordIsSwapped() {
        WordMatch m = match("Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their worst period in history", PUTIN);
        DiffOp change = m.diff().stream().filter(d -> !d.op().equals(DiffOp.EQUAL)).findFirst().orElseThrow();
        assertEquals(DiffOp.REPLACE, change.op());
        assertEquals("worst", change.claim());
        assertEquals("best", change.source());
        assertTrue(change.critical());
        assertNotNull(m.firstChange());
        assertEquals("worst", m.firstChange()[0]);
    }

    @Test
    void shouldShowWhatAnEllipsisLeavesOutWhenClaimSkipsWords() {
        WordMatch m = match("Russian-Chinese relations … are experiencing their best period in history", PUTIN);
        DiffOp gap = m.diff().get(1);
        assertEquals("…", gap.claim());
        assertEquals("our comprehensive partnership and strategic cooperation", gap.source());
        assertFalse(gap.critical());
    }

    @Test
    void shouldReportCoverageWhenClaimIsAFragment() {
        WordMatch m = match("we are not creating any blocs or alliances", PUTIN_2);
        assertEquals(WordMatch.Kind.FRAGMENT, m.kind());
        assertEquals(8.0 / 25, m.coverage(), 0.001);
    }

    @Test
    void shouldTreatShortAlterationAsAlteredWhenOneWordOfFourChanges() {
        assertEquals(WordMatch.Kind.ALTERED, match("We took a bullet", "We dodged a bullet").kind());
        assertEquals(WordMatch.Kind.EXACT, match("We dodged a bullet.", "We dodged a bullet").kind());
    }

    @Test
    void shouldNotAttributeWhenClaimOnlyBorrowsAStockPhrase() {
        assertEquals(WordMatch.Kind.NONE, match("China will never abandon its old friend in Moscow.", "old friend").kind());
        assertEquals(WordMatch.Kind.EXACT, match("“old friend”", "old friend").kind());
        assertEquals(WordMatch.Kind.NONE, match("friend", "old friend").kind());
    }

    @Test
    void shouldCountReorderedWordsAsAlteredWhenObjectsAreSwapped() {
        assertEquals(WordMatch.Kind.ALTERED, match("The fraud is on me, not on the court", "The fraud is on the court, not on me").kind());
    }

    @Test
    void shouldFindTheAlteredPartWhenClaimIsInsideALongQuote() {
        String longQuote = "Let me say this first. " + PUTIN_2 + " And that is all I will say about it today, thank you very much.";
        WordMatch m = match("we are creating blocs or alliances", longQuote);
        assertEquals(WordMatch.Kind.ALTERED, m.kind());
        assertTrue(m.coverage() < 0.3);
    }

    @Test
    void shouldAlignLocallyWhenClaimMatchesMiddleOfQuote() {
        int[] window = QuoteMatcher.localAlignment(List.of("b", "c", "x", "d"), List.of("a", "b", "c", "y", "d", "e"));
        assertEquals(1, window[0]);
        assertEquals(5, window[1]);
    }

    @Test
    void shouldReplaceTheLastWordWhenTheClaimChangesIt() {
        WordMatch m = match("Our cooperation is not aimed against everyone", "Our cooperation is not aimed against anyone");
        assertEquals(WordMatch.Kind.ALTERED, m.kind());
        DiffOp last = m.diff().get(m.diff().size() - 1);
        assertEquals(DiffOp.REPLACE, last.op());
        assertEquals("everyone", last.claim());
        assertEquals("anyone", last.source());
        assertEquals("everyone", m.firstChange()[0]);
        assertEquals("anyone", m.firstChange()[1]);
    }

    @Test
    void shouldReplaceTheFirstWordWhenTheClaimChangesIt() {
        WordMatch m = match("Their cooperation is not aimed against anyone", "Our cooperation is not aimed against anyone");
        assertEquals(WordMatch.Kind.ALTERED, m.kind());
        DiffOp first = m.diff().get(0);
        assertEquals(DiffOp.REPLACE, first.op());
        assertEquals("Their", first.claim());
        assertEquals("Our", first.source());
    }

    @Test
    void shouldReplaceTheLastWordOfAFragmentInsideALongerQuote() {
        WordMatch m = match("not aimed against everyone", PUTIN_2);
        assertEquals(WordMatch.Kind.ALTERED, m.kind());
        DiffOp last = m.diff().get(m.diff().size() - 1);
        assertEquals(DiffOp.REPLACE, last.op());
        assertEquals("anyone", last.source());
    }
}
