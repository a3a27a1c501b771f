package org.quotecheck.extract.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans in one pass (linear time, no regular expressions): “…”, "…", «…», „…“,
 * ‹…›, and single ‘…’ / '…' where they are quote marks rather than apostrophes (Xi's, '90s,
 * rock 'n' roll). Quotes nested inside a quote belong to it. A quote left open at the end of a
 * paragraph continues when the next paragraph opens with a quote mark (the multi-paragraph
 * convention); each paragraph's part is then a span of its own. An unbalanced mark is dropped.
 */
public final class QuoteSpanFinder {

    public List<QuoteSpan> find(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        int n = text.length();
        int paragraph = 0;
        int open = -1;          // position of the open mark, -1 when outside a quote
        char closer = 0;        // the mark that closes it
        boolean straight = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                // every line is a paragraph in these texts
                int next = skipSpace(text, i);
                if (open >= 0) {
                    boolean continues = next < n && isOpening(text, next) && closerFor(text.charAt(next)) == closer;
                    if (continues) {
                        addSpan(spans, text, open, open + 1, i, -1, paragraph);
                        open = next;
                        i = next + 1;
                        paragraph++;
                        continue;
                    }
                    open = -1; // unbalanced: forget it
                }
                paragraph++;
                i = Math.max(i + 1, next);
                continue;
            }
            if (open < 0) {
                if (isOpening(text, i)) {
                    open = i;
                    closer = closerFor(c);
                    straight = c == '"' || c == '\'';
                }
            } else if (closes(c, closer) && isClosing(text, i, c == '"' || c == '\'' || straight && c == closer)) {
                boolean single = closer == '\'' || closer == '’';
                if (i > open + (single ? 2 : 1)) { // 'n' is an elision, not a quote
                    addSpan(spans, text, open, open + 1, i, i, paragraph);
                }
                open = -1;
            }
            i++;
        }
        return spans;
    }

    private static void addSpan(List<QuoteSpan> spans, String text, int open, int start, int end, int close, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new QuoteSpan(open, start, end, close, paragraph));
        }
    }

    /**
     * Whether {@code c} closes a quote expecting {@code closer}. Texts that went through several editors mix
     * curly and straight marks (“…" or "…”); a double mark closes a double quote, a single one a single quote.
     */
    static boolean closes(char c, char closer) {
        if (c == closer) {
            return true;
        }
        boolean doubleQuote = closer == '”' || closer == '"';
        boolean singleQuote = closer == '’' || closer == '\'';
        return doubleQuote && (c == '”' || c == '"') || singleQuote && (c == '’' || c == '\'');
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static char closerFor(char open) {
        return switch (open) {
            case '“' -> '”';
            case '"' -> '"';
            case '«' -> '»';
            case '„' -> '“';
            case '‹' -> '›';
            case '‘' -> '’';
            case '\'' -> '\'';
            case '»' -> '«';
            default -> 0;
        };
    }

    /** An opening mark: a quote character at a word's start (after space, start, or an opening bracket or dash). */
    static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        if (closerFor(c) == 0) {
            return false;
        }
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (Character.isWhitespace(after)) {
            // French spacing « Nous », and a curly opening mark typed with a space after it: “ creator ”
            return (c == '«' || c == '“') && after == ' ' && i + 2 < text.length() && Character.isLetterOrDigit(text.charAt(i + 2));
        }
        boolean atWordStart = Character.isWhitespace(before) || "([{—–-/:;".indexOf(before) >= 0 || before == '“' || before == '"';
        if (c == '\'' || c == '‘') {
            // '90s, 'n', 'em are elisions, not quotes
            if (Character.isDigit(after)) {
                return false;
            }
            return atWordStart && Character.isLetterOrDigit(after) || atWordStart && (after == '“' || after == '"');
        }
        return atWordStart || c == '„' || c == '«' || c == '‹';
    }

    /** A closing mark: not followed by a letter (Xi's apostrophe is followed by one). */
    static boolean isClosing(String text, int i, boolean straight) {
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        if (Character.isWhitespace(before) && straight) {
            return false; // a straight mark after a space opens rather than closes
        }
        return !Character.isLetterOrDigit(after);
    }
}
