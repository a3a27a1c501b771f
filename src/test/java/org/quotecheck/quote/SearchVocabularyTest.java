package org.quotecheck.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.uniqueWord;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vocabulary search corrects typos against: every stored word of three characters or more, numbers aside. */
@QuarkusTest
class SearchVocabularyTest {

    @Inject
    SearchVocabulary vocabulary;

    @Inject
    AgroalDataSource db;

    private List<String> stored(String... words) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("select word from search_word where word = any(?) order by word")) {
            ps.setArray(1, c.createArrayOf("text", words));
            List<String> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }

    @Test
    void shouldStoreEachNewWordOnceAndSkipNumbersAndShortWordsWhenTextsAreAdded() throws Exception {
        String first = uniqueWord();
        String second = uniqueWord();
        String mixed = "g20" + uniqueWord();
        try (Connection c = db.getConnection()) {
            vocabulary.add(c, List.of(first + " at 2024 summit " + second, second + " ox " + mixed + " " + first));
            // a later batch repeating remembered words adds its new one
            String third = uniqueWord();
            vocabulary.add(c, List.of(first + " " + third));
            assertEquals(List.of(first, mixed, second, third).stream().sorted().toList(), stored(first, second, mixed, third));
        }
        assertEquals(List.of(), stored("2024", "at", "ox"));
    }

    @Test
    void shouldTellWordsFromNumbersAndFragments() {
        assertTrue(SearchVocabulary.isWord("astana"));
        assertTrue(SearchVocabulary.isWord("g20"));
        assertTrue(SearchVocabulary.isWord("3rd"));
        assertFalse(SearchVocabulary.isWord("2024"));
        assertFalse(SearchVocabulary.isWord("xi"));
        assertFalse(SearchVocabulary.isWord("a".repeat(101)));
        assertTrue(SearchVocabulary.isWord("a".repeat(100)));
    }
}
