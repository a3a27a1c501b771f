package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<ExtractedQuote> quotes(String text) {
        return extractor.extract(text).quotes();
    }

    private ExtractedQuote only(String text) {
        List<ExtractedQuote> q = quotes(text);
        assertEquals(1, q.size(), q.toString());
        return q.get(0);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "“We are ready to help,” Erdogan said.|Erdogan|Erdogan",
            "“We are ready to help,” said Recep Tayyip Erdogan.|Recep Tayyip Erdogan|Recep Tayyip Erdogan",
            "Erdogan said: “We are ready to help.”|Erdogan|Erdogan",
            "Erdogan told reporters, “We are ready to help.”|Erdogan|Erdogan",
            "According to Erdogan, “we are ready to help.”|Erdogan|Erdogan",
            "Erdogan added, “We are ready to help.”|Erdogan|Erdogan",
            "“We are ready to help?” Erdogan asked.|Erdogan|Erdogan",
            "Turkish President Recep Tayyip Erdogan stressed that Ankara was “ready to help.”|Recep Tayyip Erdogan|Turkish President Recep Tayyip Erdogan",
            "\"We are ready to help,\" CNN meteorologist Chad Myers said.|Chad Myers|Chad Myers",
            "\"We are ready,\" Patrol Chief James Hall with the New York Police Department said Wednesday.|James Hall|Patrol Chief James Hall",
            "“We are ready to help,” Erdogan tweeted.|Erdogan|Erdogan",
    })
    void shouldAttributeQuoteWhenAPatternOfNewsEnglishNamesTheSpeaker(String text, String speaker, String mention) {
        ExtractedQuote q = only(text);
        assertEquals(speaker, q.speaker());
        assertEquals(mention, q.mention());
        assertEquals(text.indexOf(q.text()), q.start());
    }

    @Test
    void shouldUseTheFullNameWhenASurnameComesLater() {
        List<ExtractedQuote> q = quotes("Russian President Vladimir Putin met Xi Jinping in Astana.\n\n“Relations are at their best,” Putin said.");
        assertEquals("Vladimir Putin", q.get(0).speaker());
        assertEquals("Putin", q.get(0).mention());
    }

    @Test
    void shouldLinkFamilyNameFirstNamesWhenOnlyTheFamilyNameIsUsed() {
        List<ExtractedQuote> q = quotes("Putin met Chinese President Xi Jinping.\n\nXi called Putin his “old friend.”");
        assertEquals("Xi Jinping", q.get(0).speaker());
        assertEquals(ExtractedQuote.Kind.FRAGMENT, q.get(0).kind());
    }

    @Test
    void shouldSplitAQuoteInterruptedByItsAttributionAndGiveBothPartsTheSpeaker() {
        List<ExtractedQuote> q = quotes("“We are,” he said, “ready to help.” Tom Forte spoke first.");
        assertEquals(2, q.size());
        List<ExtractedQuote> named = quotes("Tom Forte was there. “We are,” he said, “ready to help.”");
        assertEquals("Tom Forte", named.get(0).speaker());
        assertEquals("Tom Forte", named.get(1).speaker());
        assertEquals("ready to help.", named.get(1).text());
    }

    @Test
    void shouldContinueTheSpeakerWhenAQuoteStandsAloneInTheNextParagraph() {
        List<ExtractedQuote> q = quotes("“It was a shock,” said Jamie Werner, a marine biologist.\n\n“We are working to adapt.”");
        assertEquals("Jamie Werner", q.get(1).speaker());
    }

    @Test
    void shouldResolveHeToTheSpeakerNotToThePlaceWhenAPlaceIsNamedLater() {
        List<ExtractedQuote> q = quotes("Brian M. Good said he was expecting a horrible trip to San Diego.\n\n“Instead the roads were dead,” he said.");
        assertEquals("Brian M. Good", q.get(0).speaker());
    }

    @Test
    void shouldResolveADescriptionToThePersonIntroducedWithThatNationality() {
        List<ExtractedQuote> q = quotes("Putin met Turkish President Recep Tayyip Erdogan in Astana.\n\n“Peace is possible,” the Turkish leader said.");
        assertEquals("Recep Tayyip Erdogan", q.get(0).speaker());
        assertEquals("the Turkish leader", q.get(0).mention());
    }

    @Test
    void shouldNotCutAQuoteThatContainsHeSaidInItsOwnWords() {
        ExtractedQuote q = only("“He said he would come, and he said it twice,” Jamie Werner recalled.");
        assertEquals("He said he would come, and he said it twice,", q.text());
        assertEquals("Jamie Werner", q.speaker());
    }

    @Test
    void shouldTreatQuotedTermsAsScareQuotesWhenNobodySaysThem() {
        assertEquals(ExtractedQuote.Kind.SCARE, only("Buoyed by a string of “wins” on healthcare, the mood was good.").kind());
        assertEquals(ExtractedQuote.Kind.SCARE, only("Dr. Shadlen said it was the “a-ha!” moment of the study.").kind());
        ExtractedQuote hypothetical = only("A flicker crossed his face as if to say “You think you got me?” before he smiled.");
        assertEquals(ExtractedQuote.Kind.SCARE, hypothetical.kind());
        assertNull(hypothetical.speaker());
    }

    @Test
    void shouldNotTakeApostrophesForQuoteMarks() {
        assertEquals(0, quotes("Xi's visit in the '90s was Putin’s idea, rock 'n' roll aside.").size());
        ExtractedQuote headline = only("Putin tells Xi Russia-China relations are at their 'best'");
        assertEquals("best", headline.text());
        assertEquals("Putin", headline.speaker());
    }

    @Test
    void shouldKeepNestedQuotesInsideTheOuterQuote() {
        ExtractedQuote q = only("“He told me ‘never again’ and left,” Jamie Werner said.");
        assertEquals("He told me ‘never again’ and left,", q.text());
    }

    @Test
    void shouldSplitAQuoteRunningOverParagraphsWhenEachParagraphReopensIt() {
        List<ExtractedQuote> q = quotes("Jamie Werner said: “The first part of it.\n\n“And the second part.”");
        assertEquals(2, q.size());
        assertEquals("The first part of it.", q.get(0).text());
        assertEquals("And the second part.", q.get(1).text());
        assertEquals("Jamie Werner", q.get(1).speaker());
    }

    @Test
    void shouldHandleGuillemetsAndLowNinetyNineQuotes() {
        assertEquals("Nous sommes prêts", only("Macron a dit : « Nous sommes prêts », a-t-il ajouté.").text());
        assertEquals("Wir schaffen das", only("Merkel sagte: „Wir schaffen das“.").text());
    }

    @Test
    void shouldDropUnbalancedMarksWhenAParagraphEndsOpen() {
        assertEquals(0, quotes("He said “this never closes\n\nAnd a new paragraph starts.").size());
        assertEquals(0, quotes("“”“”\"\"''").size());
    }
}
