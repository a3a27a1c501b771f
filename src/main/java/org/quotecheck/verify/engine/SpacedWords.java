package org.quotecheck.verify.engine;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a text the {@link org.quotecheck.text.TextNormalizer} has normalised, cut at its
 * single spaces: what {@link NormalizedWordTokenizer} yields, for a text normalised once and
 * indexed in two fields.
 */
final class SpacedWords extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final String text;
    private int at;

    SpacedWords(String normalizedText) {
        this.text = normalizedText;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (at >= text.length()) {
            return false;
        }
        int end = wordEnd(text, at);
        term.setEmpty().append(text, at, end);
        at = end + 1;
        return true;
    }

    /** Where the word of a normalised text starting at {@code at} ends: its next space, or the text's end. */
    static int wordEnd(String text, int at) {
        int space = text.indexOf(' ', at);
        return space < 0 ? text.length() : space;
    }

    @Override
    public void reset() {
        at = 0;
    }
}
