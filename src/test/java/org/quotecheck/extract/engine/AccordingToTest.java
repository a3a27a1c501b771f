package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccordingToTest {

    private final AttributionRule rule = new AccordingTo();

    @Test
    void shouldTakeTheNameAfterAccordingToWhenItFollowsTheQuote() {
        String text = "Whales strand for many reasons, but “sickness, navigational error and a falling tide” are all thought "
                + "to contribute, according to the conservation department.";
        assertEquals("unnamed: the conservation department", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldTakeTheAuthorOfASurveyCitedWithAccordingTo() {
        String text = "According to a 2018 survey by Penelope Muse Abernathy, the chain's practice has been to "
                + "“consolidate copy editing and page design” at one center.";
        assertEquals("Penelope Muse Abernathy", RuleFixture.speaker(rule, text, 0));
    }
}
