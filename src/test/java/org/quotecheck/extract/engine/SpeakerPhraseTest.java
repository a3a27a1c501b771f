package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Category 3: the speaker phrases of news English, read by MentionFinder and EntityResolver. */
class SpeakerPhraseTest {

    private static List<ExtractedQuote> quotes(String text) {
        return new QuoteExtractor().extract(text).quotes();
    }

    @Test
    void shouldTakeTheNameAfterAKinshipPhraseWhenBothStandInCommas() {
        List<ExtractedQuote> q = quotes("Her mother, Fiona, said the school never called. “We found out from the news,” she said.");
        assertEquals("Fiona", q.get(0).speaker());
    }

    @Test
    void shouldResolveHeToTheSubjectNotToTheCompanyNamedLater() {
        List<ExtractedQuote> q = quotes("Joel Schlabach, a teacher at Richmond High School, said politicians had let them down.\n\n"
                + "“They think they know better about education than us,” he said.");
        assertEquals("Joel Schlabach", q.get(0).speaker());
    }

    @Test
    void shouldResolveItToTheOrganisationThatSpoke() {
        List<ExtractedQuote> q = quotes("Northwind Airlines cancelled 300 flights on Friday. “Safety comes before the schedule,” "
                + "it said in a statement.");
        assertEquals("Northwind Airlines", q.get(0).speaker());
    }

    @Test
    void shouldGiveAnUnnamedSpeakerNullWithTheWordsThatDescribeThem() {
        List<ExtractedQuote> q = quotes("“They cannot keep us quiet forever,” a doctor at the hospital says.");
        assertNull(q.get(0).speaker());
        assertEquals("a doctor at the hospital", q.get(0).mention());
    }

    @Test
    void shouldResolveSheToAnUnnamedMotherRatherThanThePublication() {
        List<ExtractedQuote> q = quotes("The magazine spoke to one mother, who knew her children had public accounts. "
                + "“I am literally facepalming,” she said.");
        assertNull(q.get(0).speaker());
        assertEquals("she", q.get(0).mention());
    }

    @Test
    void shouldStripALowerCaseRoleBeforeTheName() {
        List<ExtractedQuote> q = quotes("“The results surprised all of us,” said study co-author Paul Brenner, a physicist at the institute.");
        assertEquals("Paul Brenner", q.get(0).speaker());
    }
}
