package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ColonIntroductionTest {

    private final AttributionRule rule = new ColonIntroduction();

    @Test
    void shouldGiveTheQuoteToTheSubjectOfTheClauseBeforeTheColon() {
        String text = "Senator Maria Keane had a blunt message for the board: “Fix the trains or resign.”";
        assertEquals("Maria Keane", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldNotAttributeWhenNoPersonOpensTheClause() {
        String text = "Here are some of the highlights: “The budget is balanced for the first time in a decade.”";
        assertNull(RuleFixture.speaker(rule, text, 0));
    }
}
