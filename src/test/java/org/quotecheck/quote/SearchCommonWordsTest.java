package org.quotecheck.quote;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.not;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.createQuote;
import static org.quotecheck.support.Fixtures.uniqueWord;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Search with words in many quotes. Here a word in more than three quotes is not looked up in the
 * full-text index (20,000 in production) and a query reads at most one row by itself (300): a query
 * with a word in one quote looks its words up and checks the common ones on the rows found; otherwise
 * its candidates are the candidate index's newest quotes holding every word but the stop words.
 */
@QuarkusTest
@TestProfile(SearchCommonWordsTest.FewQuotesMakeAWordCommon.class)
class SearchCommonWordsTest {

    public static class FewQuotesMakeAWordCommon implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotecheck.search.common-word-quotes", "3", "quotecheck.search.checked-rows", "1");
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
    void shouldFindQuotesHoldingEveryWordButTheStopWordsWhenTheRarerWordIsInSeveralQuotes() {
        String crowd = uniqueWord();
        String place = uniqueWord();
        createQuote("The " + crowd + " came early", "Recep Tayyip Erdogan");
        createQuote("A " + crowd + " of reporters waited", "Recep Tayyip Erdogan");
        createQuote("Every " + crowd + " has its leader", "Recep Tayyip Erdogan");
        String putins = createQuote("A " + crowd + " from " + place + " came to see us", "Vladimir Putin");
        String xis = createQuote("The " + crowd + " in " + place + " was large", "Xi Jinping");
        // 'the' and 'from' are not required: the full-text condition leaves them out too
        api().queryParam("q", "the " + crowd + " from " + place).get("/v1/quotes").then().statusCode(200)
                .body("data.id", hasItem(putins))
                .body("data.id", hasItem(xis));
        api().queryParam("q", crowd + " " + place).queryParam("speaker", "Xi Jinping").get("/v1/quotes").then().statusCode(200)
                .body("data.id", hasItem(xis))
                .body("data.id", not(hasItem(putins)));
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

    @Inject
    AgroalDataSource database;

    /** The stop words left out of the words a search requires are exactly those PostgreSQL's english configuration drops. */
    @Test
    void shouldLeaveOutExactlyTheWordsPostgresqlLeavesOut() throws Exception {
        List<String> listed = new ArrayList<>();
        try (var lines = new BufferedReader(new InputStreamReader(FullTextStopWords.class.getResourceAsStream("english.stop"), StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(w -> !w.isEmpty()).forEach(listed::add);
        }
        // the first: dropped by both; the others: Snowball's longer list drops them, PostgreSQL looks them up
        List<String> asked = new ArrayList<>(listed);
        asked.addAll(List.of("could", "would", "ought", "cannot", "president"));
        try (Connection c = database.getConnection();
                PreparedStatement ps = c.prepareStatement("select numnode(plainto_tsquery('english', ?)) = 0")) {
            for (String word : asked) {
                ps.setString(1, word);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(rs.getBoolean(1), FullTextStopWords.contains(word), word);
                }
            }
        }
        assertEquals(127, listed.size());
    }
}
