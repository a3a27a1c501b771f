package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole short articles written for this test (src/test/resources/extract/NAME.txt) with every quote's kind
 * and speaker (NAME.expected): runs on every build, with or without the shared evaluation data.
 */
class ArticleFixturesTest {

    @ParameterizedTest
    @ValueSource(strings = {"harbour-strike", "summit"})
    void shouldFindEveryQuoteWithItsKindAndSpeakerWhenReadingAWholeArticle(String name) throws IOException {
        String text = read(name + ".txt");
        List<String> expected = new ArrayList<>();
        for (String line : read(name + ".expected").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.trim());
            }
        }
        List<String> found = new ArrayList<>();
        for (ExtractedQuote q : new QuoteExtractor().extract(text).quotes()) {
            found.add(q.kind().value() + " | " + (q.speaker() == null ? "" : q.speaker()) + " | " + q.text());
        }
        assertEquals(String.join("\n", expected), String.join("\n", found).replace(" |  | ", " | | "));
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ArticleFixturesTest.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
