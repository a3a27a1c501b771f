package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PrecedingSentenceSubjectTest {

    private final AttributionRule rule = new PrecedingSentenceSubject();

    @Test
    void shouldGiveABareQuoteToTheSpeakerOfTheSentenceBeforeIt() {
        String text = "Sometimes employees don't follow the rules, Montell Figgins said. "
                + "\"But does that mean they should lose their whole career?\"";
        assertEquals("Montell Figgins", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldNotReachBackOverAWholeParagraph() {
        String text = "Lisa Boesky has studied jail suicides for years.\n\nThe bureau did not answer questions.\n\n"
                + "“An inmate at risk must be watched around the clock.”";
        assertNull(RuleFixture.speaker(rule, text, 0));
    }
}
