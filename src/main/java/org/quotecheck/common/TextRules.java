package org.quotecheck.common;

/** What counts as acceptable text anywhere in the API. */
public final class TextRules {

    private TextRules() {
    }

    /** Optional text as stored: trimmed, and null when absent or blank. */
    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Why {@code value} is not acceptable text, or null if it is. */
    public static String problemWith(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "must not contain NUL characters";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters (U+" + String.format("%04X", (int) c) + ")";
            }
            if (c == 0x7F) {
                return "must not contain control characters (U+007F)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return "must be valid Unicode (unpaired surrogate)";
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode (unpaired surrogate)";
            }
        }
        return null;
    }
}
