package org.quotecheck.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * Turns text into the form quotes are matched on, in the manner of a Lucene analysis chain applied
 * code point by code point (so every output character keeps its origin):
 * <ol>
 * <li>Unicode NFKC with case folding ("ﬁ", full-width letters, "Straße" → "strasse");</li>
 * <li>accents removed (NFD, then combining marks dropped: "Erdoğan" → "erdogan");</li>
 * <li>apostrophes dropped without breaking the word ("Xi's" → "xis", "‘best’" → "best"), so
 * straight and curly forms match;</li>
 * <li>quote marks, dashes, ellipses, other punctuation and symbols become word breaks, except
 * {@code % $ € £ ¥ #}, which carry meaning and stay as words of their own;</li>
 * <li>whitespace collapsed to single spaces, trimmed.</li>
 * </ol>
 * Stateless and thread-safe; linear in the input.
 */
public final class TextNormalizer {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final TextNormalizer INSTANCE = new TextNormalizer();

    public static TextNormalizer instance() {
        return INSTANCE;
    }

    /** The matching form alone, e.g. for keys and hashes. */
    public String key(String input) {
        return normalize(input).text();
    }

    public NormalizedText normalize(String input) {
        String text = input == null ? "" : input;
        Output out = new Output(text.length());
        int i = 0;
        // the script of the last letter: its combining marks are accents to drop, or vowel signs to keep
        int script = UScript.LATIN;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 128) {
                // fast path for ASCII, the overwhelmingly common case
                char c = (char) cp;
                out.accept(classify(c), c >= 'A' && c <= 'Z' ? (char) (c + 32) : c, i, next);
                script = UScript.LATIN;
            } else {
                String folded = NFD.normalize(NFKC_CASEFOLD.normalize(new String(Character.toChars(cp))));
                for (int k = 0; k < folded.length(); ) {
                    int f = folded.codePointAt(k);
                    k += Character.charCount(f);
                    CharClass kind = classify(f, script);
                    if (kind == CharClass.WORD && Character.isLetter(f)) {
                        script = UScript.getScript(f);
                    }
                    out.accept(kind, asciiDigit(f), i, next);
                }
            }
            i = next;
        }
        return out.result(text);
    }

    private enum CharClass { WORD, SYMBOL_WORD, DROP, BREAK }

    /**
     * Scripts whose combining marks are accents or optional pointing, dropped like Latin accents
     * ("ё" as "е", Arabic and Hebrew vowel points); in other scripts (Devanagari, Thai, …) a mark is
     * a vowel of the word and stays.
     */
    private static boolean marksAreAccents(int script) {
        return script == UScript.LATIN || script == UScript.GREEK || script == UScript.CYRILLIC || script == UScript.ARABIC
                || script == UScript.HEBREW || script == UScript.COMMON || script == UScript.INHERITED;
    }

    /** Decimal digits of any script as ASCII digits ("٣" as "3"), so that numbers match whatever digits print them. */
    private static int asciiDigit(int cp) {
        return cp >= 128 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? '0' + Character.digit(cp, 10) : cp;
    }

    /** A character of the folded form of a non-ASCII one, after a letter of {@code script}. */
    private static CharClass classify(int cp, int script) {
        if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            char c = (char) cp;
            if (c == '\u0640') {
                return CharClass.DROP; // Arabic tatweel: a stretch of the line, not a letter
            }
            CharClass kind = classify(c);
            int type = Character.getType(c);
            if (kind == CharClass.DROP && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) && !marksAreAccents(script)) {
                return CharClass.WORD;
            }
            return kind;
        }
        if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
            return CharClass.WORD;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return marksAreAccents(script) ? CharClass.DROP : CharClass.WORD;
        }
        return type == Character.FORMAT || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT) ? CharClass.DROP : CharClass.BREAK;
    }

    private static CharClass classify(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
            return CharClass.WORD;
        }
        switch (c) {
            case '\'', '\u2019', '\u2018', '\u02BC', '\u2032', '`', '\u00B4', '\u02B9' -> {
                return CharClass.DROP;
            }
            case '%', '$', '\u20AC', '\u00A3', '\u00A5', '#' -> {
                return CharClass.SYMBOL_WORD;
            }
            default -> {
                if (c < 128) {
                    return CharClass.BREAK;
                }
                if (Character.isLetterOrDigit(c)) {
                    return CharClass.WORD;
                }
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.FORMAT
                        || UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
                    return CharClass.DROP;
                }
                if (type == Character.COMBINING_SPACING_MARK) {
                    return CharClass.WORD; // vowel signs of Indic scripts belong to the word
                }
                return CharClass.BREAK;
            }
        }
    }

    /** The growing output with its origin map; one per call. */
    private static final class Output {
        private final StringBuilder chars;
        private int[] starts;
        private int[] ends;
        private boolean pendingBreak;

        Output(int capacity) {
            chars = new StringBuilder(capacity);
            starts = new int[capacity + 4];
            ends = new int[capacity + 4];
        }

        void accept(CharClass kind, int c, int from, int to) {
            switch (kind) {
                case WORD -> {
                    if (pendingBreak) {
                        space(from);
                    }
                    put(c, from, to);
                }
                case SYMBOL_WORD -> {
                    space(from);
                    put(c, from, to);
                    pendingBreak = true;
                }
                case BREAK -> pendingBreak = true;
                case DROP -> {
                    // apostrophes and combining marks vanish without breaking the word
                }
            }
        }

        private void space(int at) {
            pendingBreak = false;
            if (chars.length() > 0 && chars.charAt(chars.length() - 1) != ' ') {
                put(' ', at, at);
            }
        }

        /** One code point: a supplementary one is two chars, both mapped to its origin. */
        private void put(int c, int from, int to) {
            for (char unit : Character.toChars(c)) {
                int pos = chars.length();
                if (pos == starts.length) {
                    starts = Arrays.copyOf(starts, pos * 2 + 16);
                    ends = Arrays.copyOf(ends, pos * 2 + 16);
                }
                chars.append(unit);
                starts[pos] = from;
                ends[pos] = to;
            }
            pendingBreak = false;
        }

        NormalizedText result(String original) {
            int len = chars.length();
            return new NormalizedText(original, chars.toString(), Arrays.copyOf(starts, len), Arrays.copyOf(ends, len));
        }
    }
}
