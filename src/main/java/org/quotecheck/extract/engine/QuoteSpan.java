package org.quotecheck.extract.engine;

/**
 * Quoted words found in a text: {@code [start, end)} are the words between the marks, marks
 * excluded; {@code open} and {@code close} are the positions of the marks themselves.
 */
public record QuoteSpan(int open, int start, int end, int close, int paragraph) {

    public String text(String source) {
        return source.substring(start, end);
    }
}
