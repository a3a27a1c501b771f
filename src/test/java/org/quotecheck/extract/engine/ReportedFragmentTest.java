package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportedFragmentTest {

    private final AttributionRule rule = new ReportedFragment();

    @Test
    void shouldGiveAFragmentToTheSubjectOfTheReportingVerb() {
        String text = "Opposition leader Keir Hamlin described the address as “very disappointing.”";
        assertEquals("Keir Hamlin", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldGiveAFragmentInsideReportedSpeechToTheReporter() {
        String text = "The prime minister, Rosa Delgado, said the old system would allow results to be distorted by “biased” teachers.";
        assertEquals("Rosa Delgado", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldGiveAPassiveReportToItsAgent() {
        String text = "The strandings have been described as “heartbreaking” by Jamie Werner, a ranger.";
        assertEquals("Jamie Werner", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldGiveTheWordsToWhoeverIsAllowedToSayThem() {
        String text = "Dropping the counter allowed Adam Mosseri to claim that the app wants to be “a calmer place.”";
        assertEquals("Adam Mosseri", RuleFixture.speaker(rule, text, 0));
    }
}
