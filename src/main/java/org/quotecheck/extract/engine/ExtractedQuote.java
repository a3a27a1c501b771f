package org.quotecheck.extract.engine;

/**
 * A quote found in a text. {@code start}/{@code end} are UTF-16 offsets of the quoted words (marks
 * excluded). {@code speaker} is the speaker's fullest name in the text (null for scare quotes or
 * when nobody can be told); {@code mention} the words that identify them here ("he", "Putin").
 */
public record ExtractedQuote(String text, int start, int end, Kind kind, String speaker, String mention, double confidence) {

    public enum Kind {
        DIRECT, FRAGMENT, SCARE;

        public String value() {
            return name().toLowerCase();
        }
    }
}
