package org.quotecheck.quote;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.createQuote;
import static org.quotecheck.support.Fixtures.uniqueWord;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Search with words so common that the full-text index does not look them up (a word in more than two
 * quotes counts as common here; 20,000 in production): rarer words are looked up and the common ones
 * checked on the rows found; a query of common words only takes the in-memory index's newest quotes
 * holding them all.
 */
@QuarkusTest
@TestProfile(SearchCommonWordsTest.FewQuotesMakeAWordCommon.class)
class SearchCommonWordsTest {

    public static class FewQuotesMakeAWordCommon implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotecheck.search.common-word-quotes", "2");
        }
    }

    @Test
    void shouldFindTheQuoteWithTheRareWordWhenTheQueryAlsoHasCommonWords() {
        String crowd = uniqueWord();
        String rare = uniqueWord();
        String wanted = createQuote("The " + crowd + " gathered in Astana to hear about " + rare + " today", "Vladimir Putin");
        String other = createQuote("The " + crowd + " gathered in Astana for the summit", "Xi Jinping");
        createQuote("Nobody expected the " + crowd + " to stay so long", "Recep Tayyip Erdogan");
        api().queryParam("q", crowd + " " + rare).get("/v1/quotes").then().statusCode(200)
                .body("data.id", hasItem(wanted))
                .body("data.id", not(hasItem(other)));
        // stemming still applies to the rare word ("…s" finds the singular)
        api().queryParam("q", crowd + " " + rare + "s").get("/v1/quotes").then().statusCode(200)
                .body("data.id", hasItem(wanted));
    }

    @Test
    void shouldFindQuotesHoldingEveryWordWhenAllQueryWordsAreCommon() {
        String crowd = uniqueWord();
        String place = uniqueWord();
        String first = createQuote("The " + crowd + " of " + place + " voted early", "Vladimir Putin");
        String second = createQuote("In " + place + " the " + crowd + " stayed home", "Xi Jinping");
        String third = createQuote("A " + crowd + " and a " + place + " walk into a summit", "Recep Tayyip Erdogan");
        String without = createQuote("The " + crowd + " alone stayed home", "Xi Jinping");
        api().queryParam("q", place + " " + crowd).get("/v1/quotes").then().statusCode(200)
                .body("data.id", hasItem(first))
                .body("data.id", hasItem(second))
                .body("data.id", hasItem(third))
                .body("data.id", not(hasItem(without)));
    }
}
