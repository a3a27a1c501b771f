package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerdictEngineTest {

    static final long PUTIN = 1;
    static final long XI = 2;
    static final LocalDate SUMMIT = LocalDate.of(2024, 7, 3);
    static final Candidate BEST_PERIOD = new Candidate(10, QuoteMatcherTest.PUTIN, PUTIN, "speaker", SUMMIT);
    static final Candidate FRIENDSHIP = new Candidate(11, "In the face of the turbulent international situation and external environment, "
            + "the two sides should continue to uphold the original aspiration of friendship for generations to come,", XI, "speaker", SUMMIT);
    static final Candidate OLD_FRIEND = new Candidate(12, "old friend", XI, "speaker", SUMMIT);

    private final VerdictEngine engine = new VerdictEngine();

    private Assessment assess(String claim, Set<Long> speakers, LocalDate date) {
        return engine.assess(Claim.parse(claim), speakers, date, 3, List.of(BEST_PERIOD, FRIENDSHIP, OLD_FRIEND));
    }

    @Test
    void shouldVerifyWhenWordsSpeakerAndDateMatch() {
        Assessment a = assess(QuoteMatcherTest.PUTIN, Set.of(PUTIN), SUMMIT.plusDays(3));
        assertEquals(Verdict.VERIFIED, a.verdict());
        assertEquals(List.of(Finding.VERIFIED), a.findings());
        assertEquals(10, a.match().quoteId());
    }

    @Test
    void shouldSayWhoSaidItWhenNoSpeakerIsClaimed() {
        Assessment a = assess("the two sides should continue to uphold the original aspiration of friendship", null, null);
        assertEquals(Verdict.FRAGMENT, a.verdict());
        assertEquals(XI, a.match().speakerId());
    }

    @Test
    void shouldBeMisattributedWhenSomeoneElseSaidTheWords() {
        assertEquals(Verdict.MISATTRIBUTED, assess(QuoteMatcherTest.PUTIN, Set.of(XI), null).verdict());
    }

    @Test
    void shouldListEveryFindingWhenAlteredAndMisdated() {
        Assessment a = assess(QuoteMatcherTest.PUTIN.replace("best", "worst"), Set.of(PUTIN), LocalDate.of(2023, 3, 21));
        assertEquals(Verdict.ALTERED, a.verdict());
        assertEquals(List.of(Finding.ALTERED, Finding.WRONG_DATE), a.findings());
    }

    @Test
    void shouldBeWrongDateWhenDateIsOutsideTheTolerance() {
        assertEquals(Verdict.WRONG_DATE, assess(QuoteMatcherTest.PUTIN, Set.of(PUTIN), SUMMIT.minusDays(4)).verdict());
        assertEquals(Verdict.VERIFIED, engine.assess(Claim.parse(QuoteMatcherTest.PUTIN), Set.of(PUTIN), SUMMIT.minusDays(10), 10,
                List.of(BEST_PERIOD)).verdict());
    }

    @Test
    void shouldBeNotFoundWhenNothingComesClose() {
        Assessment a = assess("China will never abandon its old friend in Moscow.", Set.of(XI), null);
        assertEquals(Verdict.NOT_FOUND, a.verdict());
        assertEquals(null, a.match());
    }

    @Test
    void shouldPreferClaimedSpeakersCloseMatchWhenSomeoneElseSaidSomethingCloser() {
        Candidate critic = new Candidate(20, "Russian-Chinese relations are experiencing their worst period in history", 3, "speaker", SUMMIT);
        Assessment a = engine.assess(Claim.parse("Russian-Chinese relations, our comprehensive partnership and strategic cooperation, "
                + "are experiencing their worst period in history"), Set.of(PUTIN), null, 3, List.of(BEST_PERIOD, critic));
        assertEquals(Verdict.ALTERED, a.verdict());
        assertEquals(10, a.match().quoteId());
    }

    @Test
    void shouldPreferExactWordsOfAnotherWhenClaimedSpeakerOnlySaidSomethingLoose() {
        Candidate judge = new Candidate(30, "I am not here to hear what he has to say", 4, "speaker", SUMMIT);
        Candidate lawyer = new Candidate(31, "The court needs to hear what he has to say about these statements", 5, "speaker", SUMMIT);
        Assessment a = engine.assess(Claim.parse("The court needs to hear what he has to say about these statements"), Set.of(4L), null, 3,
                List.of(judge, lawyer));
        assertEquals(Verdict.MISATTRIBUTED, a.verdict());
        assertEquals(31, a.match().quoteId());
    }

    @Test
    void shouldJudgeTheWordsAloneWhenTheClaimedSpeakerIsNobodyInTheStore() {
        Assessment a = assess(QuoteMatcherTest.PUTIN, Set.of(), null);
        assertEquals(Verdict.VERIFIED, a.verdict());
        assertEquals(List.of(Finding.VERIFIED, Finding.SPEAKER_UNKNOWN), a.findings());
        assertEquals(PUTIN, a.match().speakerId());
    }

    /** DW's translation of words Putin spoke in Russian, and another outlet's of the same utterance. */
    static final Candidate DW_NOT_AIMED = new Candidate(40, QuoteMatcherTest.PUTIN_2, PUTIN, "speaker", SUMMIT, "en", "ru", 7L);
    static final Candidate OTHER_NOT_AIMED = new Candidate(41, "Our cooperation is not directed against third countries, we do not form blocs or alliances,"
            + " we simply act in the interests of our peoples.", PUTIN, "speaker", SUMMIT, "en", "ru", 7L);
    static final String DIRECTED = "Our cooperation is not directed against anyone, we are not forming any blocs or alliances";

    @Test
    void shouldVerifyAnotherTranslatorsWordingWhenTheSpeakerSpokeAnotherLanguage() {
        Assessment a = engine.assess(Claim.parse(DIRECTED), Set.of(PUTIN), SUMMIT, 3, List.of(DW_NOT_AIMED));
        assertEquals(Verdict.VERIFIED, a.verdict());
        assertEquals(List.of(Finding.VERIFIED, Finding.TRANSLATION_VARIANT), a.findings());
    }

    @Test
    void shouldJudgeWordForWordWhenSpokenInTheLanguageOfTheText() {
        Candidate english = new Candidate(40, QuoteMatcherTest.PUTIN_2, PUTIN, "speaker", SUMMIT, "en", "en", null);
        assertEquals(Verdict.ALTERED, engine.assess(Claim.parse(DIRECTED), Set.of(PUTIN), SUMMIT, 3, List.of(english)).verdict());
        Candidate unknown = new Candidate(40, QuoteMatcherTest.PUTIN_2, PUTIN, "speaker", SUMMIT, null, "ru", null);
        assertEquals(Verdict.ALTERED, engine.assess(Claim.parse(DIRECTED), Set.of(PUTIN), SUMMIT, 3, List.of(unknown)).verdict());
    }

    @Test
    void shouldNameTheWordingAClaimRepeats() {
        Assessment a = engine.assess(Claim.parse(OTHER_NOT_AIMED.text()), Set.of(PUTIN), SUMMIT, 3, List.of(DW_NOT_AIMED, OTHER_NOT_AIMED));
        assertEquals(List.of(Finding.VERIFIED), a.findings());
        assertEquals(41, a.match().quoteId());
    }

    @Test
    void shouldKeepACriticalEditAlteredInATranslation() {
        Assessment a = engine.assess(Claim.parse("Our cooperation is aimed against everyone"), Set.of(PUTIN), SUMMIT, 3, List.of(DW_NOT_AIMED, OTHER_NOT_AIMED));
        assertEquals(Verdict.ALTERED, a.verdict());
        assertTrue(a.words().critical());
    }

    @Test
    void shouldSayNotFoundAndSpeakerUnknownWhenNeitherIsStored() {
        Assessment a = assess("We will build a wall on the moon", Set.of(), null);
        assertEquals(Verdict.NOT_FOUND, a.verdict());
        assertEquals(List.of(Finding.NOT_FOUND, Finding.SPEAKER_UNKNOWN), a.findings());
    }
}
