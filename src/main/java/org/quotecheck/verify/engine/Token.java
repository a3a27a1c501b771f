package org.quotecheck.verify.engine;

/** A word in normalised form with the original characters it came from ({@code [start, end)}). */
public record Token(String word, int start, int end) {
}
