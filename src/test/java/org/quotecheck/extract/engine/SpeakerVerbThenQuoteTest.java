package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpeakerVerbThenQuoteTest {

    private final AttributionRule rule = new SpeakerVerbThenQuote();

    @Test
    void shouldTakeTheSubjectWhenAVerbAndItsObjectIntroduceTheQuote() {
        String text = "Mayor Ana Lopez told the crowd: “This bridge will be open by the end of the year.”";
        assertEquals("Ana Lopez", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldTakeTheSentenceSubjectWhenAParticipleIntroducesTheQuote() {
        String text = "After the hearing, Hawk Sawyer issued a statement about the charges, saying, "
                + "\"I am committed to this agency and confident we will restore trust.\"";
        assertEquals("Hawk Sawyer", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldReadPastAnAppositiveWhenTheSpeakerIsIntroducedFirst() {
        String text = "Robertson, the U.S. commander, said: “The United States does not support forced relocations.”";
        assertEquals("Robertson", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldGiveAGroupTheChantItChanted() {
        String text = "While some Indiana protesters chanted, “Red for Ed,” in a hallway, House Speaker Brian Bosma spoke to lawmakers.";
        assertEquals("unnamed: some Indiana protesters", RuleFixture.speaker(rule, text, 0));
    }
}
