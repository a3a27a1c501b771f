package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of translator's choice, and per kind of change that is not one, on translations
 * of words spoken in Russian, Turkish and Chinese, with WordNet as the thesaurus.
 */
class TranslationVariantsTest {

    static final String BEST_PERIOD = QuoteMatcherTest.PUTIN;
    static final String NOT_AIMED = QuoteMatcherTest.PUTIN_2;
    static final String SIGNED = "Today we have signed an agreement that will strengthen the ties between our two nations.";
    static final String VICTORY = "This agreement is a victory for both our peoples.";
    static final String SUPPORTS = "China supports Russia in its efforts to settle the crisis.";

    private final TranslationVariants variants = new TranslationVariants(WordNetThesaurus.instance());

    private WordMatch judge(String claim, String translation) {
        return variants.judge(Claim.parse(claim), TokenizedText.of(translation));
    }

    private static void assertVariant(WordMatch m) {
        assertEquals(WordMatch.Kind.TRANSLATED, m.kind(), () -> "diff: " + m.diff());
        assertFalse(m.critical());
    }

    private static void assertAltered(WordMatch m, boolean critical) {
        assertEquals(WordMatch.Kind.ALTERED, m.kind(), () -> "diff: " + m.diff());
        assertEquals(critical, m.critical(), () -> "diff: " + m.diff());
    }

    @Test
    void shouldAcceptSynonymsAnotherTranslatorWouldChoose() {
        WordMatch m = judge("Our cooperation is not directed against anyone, we are not forming any blocs or alliances", NOT_AIMED);
        assertVariant(m);
        assertTrue(m.diff().stream().anyMatch(d -> d.op().equals(DiffOp.REPLACE) && d.claim().equals("directed") && d.source().equals("aimed")));
    }

    @Test
    void shouldAcceptAPhraseForAWord() {
        assertVariant(judge("Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are going through their best period in history",
                BEST_PERIOD));
    }

    @Test
    void shouldAcceptFunctionWordsAddedDroppedOrSwapped() {
        assertVariant(judge("Russian-Chinese relations of comprehensive partnership and strategic cooperation are experiencing the best period in their history",
                BEST_PERIOD));
    }

    @Test
    void shouldAcceptOtherInflections() {
        assertVariant(judge("Our cooperation is not aimed against anyone, we are not creating any bloc or alliance, we are just acting in the interest of our people",
                NOT_AIMED));
    }

    @Test
    void shouldAcceptOneRunOfWordsMoved() {
        assertVariant(judge("We have signed today an agreement that will strengthen the ties between our two nations", SIGNED));
    }

    @Test
    void shouldAcceptANegationWordedOtherwiseInTheSamePlace() {
        assertVariant(judge("We do not intend to attack anyone", "We have no intention of attacking anybody."));
    }

    @Test
    void shouldAcceptANumberWrittenOtherwise() {
        assertVariant(judge("Trade between our countries grew by 20% over the past year", "Trade between our countries grew by twenty percent over the past year."));
    }

    @Test
    void shouldAcceptACountryForItsAdjective() {
        assertVariant(judge("Russia-China relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history",
                BEST_PERIOD));
    }

    @Test
    void shouldAcceptGoingToForWill() {
        assertVariant(judge("We are going to build three new hospitals in the south this year", "We will build three new hospitals in the south this year."));
    }

    @Test
    void shouldNotAcceptAnotherCountry() {
        assertAltered(judge("Russia-India relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history",
                BEST_PERIOD), false);
    }

    @Test
    void shouldFlagNegationDroppedWhateverTheWording() {
        assertAltered(judge("Our cooperation is directed against everyone", NOT_AIMED), true);
    }

    @Test
    void shouldFlagANumberChanged() {
        assertAltered(judge("Today we have signed an agreement that will strengthen the ties between our three nations", SIGNED), true);
    }

    @Test
    void shouldFlagAnOppositeTheThesaurusKnows() {
        assertAltered(judge("This agreement is a defeat for both our peoples", VICTORY), true);
    }

    @Test
    void shouldFlagAnotherQuantifier() {
        assertAltered(judge("Our cooperation is not directed against everyone, we are not forming any blocs or alliances", NOT_AIMED), true);
    }

    @Test
    void shouldFlagAnotherPerson() {
        assertAltered(judge("Their cooperation is not directed against anyone, they are not forming any blocs or alliances", NOT_AIMED), true);
    }

    @Test
    void shouldNotAcceptAnotherName() {
        assertAltered(judge("India supports Russia in its efforts to settle the crisis", SUPPORTS), false);
    }

    @Test
    void shouldNotAcceptWhoDidWhatSwapped() {
        assertAltered(judge("Russia supports China in its efforts to settle the crisis", SUPPORTS), false);
    }

    @Test
    void shouldNotAcceptAContentWordAdded() {
        assertAltered(judge("Our cooperation is not aimed against anyone, we are not creating any military blocs or alliances", NOT_AIMED), false);
    }

    @Test
    void shouldExplainNothingWithoutAThesaurus() {
        WordMatch m = new TranslationVariants(Thesaurus.NONE).judge(Claim.parse("Our cooperation is not directed against anyone, we are not creating any blocs"),
                TokenizedText.of(NOT_AIMED));
        assertAltered(m, false);
    }

    @Test
    void shouldFindNothingInUnrelatedWords() {
        assertEquals(WordMatch.Kind.NONE, judge("The era of Western domination is over", BEST_PERIOD).kind());
    }

    @Test
    void shouldAllowOneMovedRunButNotTwoCrossing() {
        assertTrue(TranslationVariants.sortedButForOneRun(List.of(0, 1, 2, 3)));
        assertTrue(TranslationVariants.sortedButForOneRun(List.of(3, 0, 1, 2)));
        assertTrue(TranslationVariants.sortedButForOneRun(List.of(0, 3, 4, 1, 2, 5)));
        assertFalse(TranslationVariants.sortedButForOneRun(List.of(2, 1, 0)));
    }
}
