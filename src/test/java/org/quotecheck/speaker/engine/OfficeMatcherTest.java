package org.quotecheck.speaker.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeMatcherTest {

    private final OfficeMatcher offices = OfficeMatcher.instance();

    private boolean fits(String mention, String title, String organization) {
        OfficePhrase office = offices.mention(mention);
        return office != null && offices.matches(office, offices.role(title, organization));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // title after or before the body
            "the president of Estonia|President|Estonia",
            "head coach of the Green Bay Packers|Head coach|Green Bay Packers",
            "the Green Bay Packers head coach|Head coach|Green Bay Packers",
            // nationality adjectives and possessives, from the countries resource
            "the Estonian president|President|Estonia",
            "the Estonian president|President of Estonia|",
            "Turkey's president|President|Türkiye",
            "the Turkish president|President|Turkey",
            "the French prime minister|Prime Minister|France",
            // abbreviations and synonyms
            "the CEO of Macmillan|Chief executive officer|Macmillan",
            "the AirAsia chief executive|Chief executive|AirAsia",
            "the AirAsia CEO|Chief executive|AirAsia",
            "the British PM|Prime Minister|United Kingdom",
            "the US Defense Secretary|Secretary of Defense|United States",
            "the U.S. defence secretary|Secretary of Defense|United States",
            // who leads a body
            "the AirAsia boss|Chief executive|AirAsia",
            "the Turkish leader|President|Turkey",
            "the UN chief|Secretary-General|United Nations",
            // part of the body's name, part of the title that keeps the rank
            "the Packers coach|Head coach|Green Bay Packers",
            "the president|President|Estonia",
            // role nouns outside the lexicon: the head noun before the body is the title
            "the Stratfor analyst|Senior military analyst|Stratfor",
            "the House Intelligence Committee chairman|Chairman|House Intelligence Committee",
            "the chairman of the House Intelligence Committee|Chairman|House Intelligence Committee",
            "the White House press secretary|White House press secretary|",
            "the Minnesota Wild head coach|Head coach|Minnesota Wild",
            "the former U.S. special envoy to Ukraine|Special envoy to Ukraine|United States",
            "the New York attorney general|Attorney General|New York",
    })
    void shouldFitTheOfficeAsJournalistsWriteIt(String mention, String title, String organization) {
        assertTrue(fits(mention, title, organization), mention + " → " + title + ", " + organization);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "the Estonian president|President|Latvia",
            "the president|Vice President|United States",
            "the vice president|President|United States",
            "the US Defense Secretary|Secretary of State|United States",
            "the AirAsia boss|Deputy chief executive|AirAsia",
            "the Green Bay Packers head coach|Head coach|Chicago Bears",
            "the CEO of Macmillan|Chief financial officer|Macmillan",
            "the Stratfor analyst|Senior military analyst|IDC",
            "the Minnesota Wild head coach|Head coach|Minnesota Timberwolves",
    })
    void shouldNotFitAnotherOffice(String mention, String title, String organization) {
        assertFalse(fits(mention, title, organization), mention + " ≠ " + title + ", " + organization);
    }

    @Test
    void shouldMarkAnOfficeGivenUpAsFormer() {
        assertTrue(offices.mention("the former US Defense Secretary").former());
        assertTrue(offices.mention("ex-president of Estonia").former());
        assertFalse(offices.mention("the Estonian president").former());
        assertTrue(fits("the former US Defense Secretary", "Secretary of Defense", "United States"));
    }

    @Test
    void shouldNotTakeANameForAnOffice() {
        assertNull(offices.mention("Vladimir Putin"));
        assertNull(offices.mention("Tony Fernandes"));
        assertTrue(offices.isOnlyTitle("president"));
        assertFalse(offices.isOnlyTitle("putin"));
    }

    @Test
    void shouldDropTitlesHonorificsAndNationalitiesBeforeAName() {
        assertEquals("putin", offices.withoutTitles("russian president putin"));
        assertEquals("fernandes", offices.withoutTitles("mr fernandes"));
        assertEquals("thatcher", offices.withoutTitles("mrs thatcher"));
        assertEquals("xi", offices.withoutTitles("president xi"));
        assertEquals("alar karis", offices.withoutTitles("the estonian president alar karis"));
        assertEquals("cruz", offices.withoutTitles("u s sen cruz"));
        assertEquals("ted cruz", offices.withoutTitles("u s senator ted cruz"));
        assertEquals("president", offices.withoutTitles("president"));
    }
}
