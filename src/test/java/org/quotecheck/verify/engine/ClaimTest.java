package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimTest {

    @Test
    void shouldSplitAtEllipsesWhenClaimLeavesWordsOut() {
        Claim claim = Claim.parse("Russian-Chinese relations … are experiencing. . . their best... period");
        assertEquals(7, claim.parts().size());
        assertEquals("russian chinese relations are experiencing their best period", claim.normalized());
        assertTrue(claim.hasEditingMarks());
    }

    @Test
    void shouldTreatBracketsAsEditorialGapsWhenClaimInsertsWords() {
        Claim claim = Claim.parse("[Russia and China] are experiencing their best period");
        Claim.Gap gap = assertInstanceOf(Claim.Gap.class, claim.parts().get(0));
        assertTrue(gap.bracket());
        assertEquals("[Russia and China]", gap.mark());
        assertEquals("are experiencing their best period", claim.normalized());
    }

    @Test
    void shouldKeepOriginalOffsetsWhenTokenizing() {
        String text = "“We are,” he said, “ready.”";
        Claim claim = Claim.parse(text);
        Token ready = claim.tokens().get(4);
        assertEquals("ready", text.substring(ready.start(), ready.end()));
        assertFalse(Claim.parse("Plain words").hasEditingMarks());
        assertEquals("", Claim.parse("… […] ...").normalized());
    }

    @Test
    void shouldLeaveAnUnclosedBracketAsTextWhenNoCloserFollows() {
        assertEquals("a b", Claim.parse("a [b").normalized());
    }
}
