package org.quotecheck.quote;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * The words PostgreSQL's {@code english} text-search configuration leaves out of a search: its
 * {@code english.stop} file (tsearch_data, the same since PostgreSQL 8.3), copied here as it is.
 * Candidates taken from the candidate index for a search must not require these words, or a quote
 * the full-text condition accepts ("the president" finds "a president") would be missed; and a word
 * PostgreSQL does look up ("could", "would", which Snowball's longer list drops) must be looked up
 * here too, or a query of such words falls back to reading every quote that holds them.
 */
final class FullTextStopWords {

    private static final CharArraySet WORDS = load();

    private FullTextStopWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }

    private static CharArraySet load() {
        try (Reader list = new InputStreamReader(FullTextStopWords.class.getResourceAsStream("english.stop"), StandardCharsets.UTF_8)) {
            return WordlistLoader.getWordSet(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
