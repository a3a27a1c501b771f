package org.quotecheck.verify.engine;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.quotecheck.text.NormalizedText;
import org.quotecheck.text.TextNormalizer;

/**
 * The project's {@link TextNormalizer} as a Lucene tokenizer: the whole input is normalised once
 * (so a quote is indexed with exactly the words a claim is matched on), then cut at its single
 * spaces; offsets point into the original text.
 */
public final class NormalizedWordTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final StringBuilder whole = new StringBuilder();
    private final char[] buffer = new char[4096];
    private NormalizedText normalized;
    private int at;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (normalized == null) {
            whole.setLength(0);
            for (int n; (n = input.read(buffer)) > 0; ) {
                whole.append(buffer, 0, n);
            }
            normalized = TextNormalizer.instance().normalize(whole.toString());
            at = 0;
        }
        String text = normalized.text();
        if (at >= text.length()) {
            return false;
        }
        int end = SpacedWords.wordEnd(text, at);
        term.setEmpty().append(text, at, end);
        offset.setOffset(correctOffset(normalized.originStart(at)), correctOffset(normalized.originEnd(end - 1)));
        at = end + 1;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int length = correctOffset(normalized == null ? 0 : normalized.original().length());
        offset.setOffset(length, length);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        normalized = null;
        at = 0;
    }
}
