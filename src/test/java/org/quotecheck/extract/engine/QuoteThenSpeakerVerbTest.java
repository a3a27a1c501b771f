package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuoteThenSpeakerVerbTest {

    private final AttributionRule rule = new QuoteThenSpeakerVerb();

    @Test
    void shouldTakeTheSubjectAfterTheQuoteWhenASpeechVerbOutsideTheOldLexiconFollows() {
        String text = "Flights were grounded for a second day. “We are doing everything we can to get people home,” "
                + "airline boss Tony Smith tweeted on Sunday.";
        assertEquals("Tony Smith", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldReadPastLowerCaseTitlesWhenTheSubjectIsInverted() {
        String text = "“We have never seen a year like this one,” said chief inspector Jennifer Smith from the county police.";
        assertEquals("Jennifer Smith", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldReadPastAnAppositiveBetweenSpeakerAndVerb() {
        String text = "“The union will not accept these terms,” Pat Smith, head of the police union, said in a statement.";
        assertEquals("Pat Smith", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldReadPastMaterialBetweenTheQuoteAndItsAttribution() {
        String text = "Lawmakers debated the bill for hours. “Nothing of the kind was ever written” in that law, Smith said.";
        assertEquals("Smith", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldGiveAnUnnamedSpeakerWithItsMentionWhenNobodyIsNamed() {
        String text = "“They cannot keep us quiet forever,” a member of the group told the crowd outside the courthouse.";
        assertEquals("unnamed: a member of the group", RuleFixture.speaker(rule, text, 0));
    }

    @Test
    void shouldNotCrossAFullStopAfterTheClosingMark() {
        String text = "Vladimir Putin said relations \"are experiencing their best period in history\". "
                + "Xi Jinping called Putin his \"old friend\".";
        assertNull(RuleFixture.speaker(rule, text, 0));
    }
}
