package org.quotecheck.quote;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * The words PostgreSQL's {@code english} text-search configuration leaves out of a search: Snowball's
 * English stop list, which its dictionary is built from, as Lucene ships it. Candidates taken from the
 * candidate index for a search must not require these words, or a quote the full-text condition
 * accepts ("the president" finds "a president") would be missed.
 */
final class FullTextStopWords {

    private static final CharArraySet WORDS = load();

    private FullTextStopWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }

    private static CharArraySet load() {
        try (Reader list = new InputStreamReader(SnowballFilter.class.getResourceAsStream("english_stop.txt"), StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
