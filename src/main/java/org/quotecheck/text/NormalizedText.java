package org.quotecheck.text;

/**
 * The matching form of a text together with a map back to the original: character {@code i} of
 * {@link #text()} came from {@code original.substring(originStart(i), originEnd(i))}. Diffs and
 * offsets computed on the normalised form can therefore show and highlight the real words.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] originStart;
    private final int[] originEnd;

    NormalizedText(String original, String text, int[] originStart, int[] originEnd) {
        this.original = original;
        this.text = text;
        this.originStart = originStart;
        this.originEnd = originEnd;
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public int originStart(int normalizedIndex) {
        return originStart[normalizedIndex];
    }

    public int originEnd(int normalizedIndex) {
        return originEnd[normalizedIndex];
    }

    /** The original characters behind the normalised range {@code [from, to)}. */
    public String originalOf(int from, int to) {
        if (from >= to) {
            return "";
        }
        return original.substring(originStart[from], originEnd[to - 1]);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }
}
