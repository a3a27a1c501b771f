package org.quotecheck.common;

/** What counts as acceptable text anywhere in the API. */
public final class TextRules {

    private TextRules() {
    }

    /** Optional text as stored: trimmed, and null when absent or blank. */
    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Why {@code value} is not acceptable text, or null if it is. Refused: C0 and C1 control
     * characters (tab and line breaks aside), unpaired surrogates, and invisible format characters
     * (Unicode category Cf: bidirectional overrides, zero-width spaces, byte-order marks...), which
     * make two texts that look alike differ. Kept: the joiners that scripts and emoji need (ZWNJ,
     * ZWJ, and tag characters after a black flag), soft hyphens, which published articles carry,
     * and the visible Arabic and Syriac number signs that Unicode also puts in Cf.
     */
    public static String problemWith(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (c == 0) {
                return "must not contain NUL characters";
            }
            if (c <= 0xFFFF && Character.isSurrogate((char) c)) {
                return "must be valid Unicode (unpaired surrogate)";
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters (" + codePoint(c) + ")";
            }
            if (Character.getType(c) == Character.FORMAT && !allowedFormat(value, i, c)) {
                return "must not contain invisible format characters (" + codePoint(c) + ")";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static boolean allowedFormat(String value, int at, int c) {
        return switch (c) {
            case 0x00AD, 0x200C, 0x200D -> true; // soft hyphen, zero-width non-joiner and joiner
            case 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD -> true;
            default -> c >= 0xE0020 && c <= 0xE007F && inFlagSequence(value, at);
        };
    }

    /** Tag characters belong to an emoji flag sequence: a black flag (U+1F3F4) followed by tags only. */
    private static boolean inFlagSequence(String value, int at) {
        int i = at;
        while (i > 0) {
            int previous = value.codePointBefore(i);
            if (previous == 0x1F3F4) {
                return true;
            }
            if (previous < 0xE0020 || previous > 0xE007F) {
                return false;
            }
            i -= Character.charCount(previous);
        }
        return false;
    }

    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
