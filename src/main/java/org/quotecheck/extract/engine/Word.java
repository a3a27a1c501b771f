package org.quotecheck.extract.engine;

/** A word of the text: its offsets, its lower-case form, and whether it lies inside quote marks. */
record Word(int start, int end, String text, String lower, boolean capitalized, boolean quoted) {
}
