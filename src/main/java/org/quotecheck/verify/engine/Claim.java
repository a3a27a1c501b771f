package org.quotecheck.verify.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A claimed quote split at legitimate editing marks: an ellipsis ("…", "...", ". . .") stands for
 * left-out words; a square-bracketed insertion ("[Russia and China]") stands for the words it
 * replaces. The text between marks is a segment that must appear as it is.
 */
public final class Claim {

    /** A run of claim words between editing marks. */
    public record Segment(List<Token> tokens) {
    }

    /** An editing mark as written; {@code bracket} marks an editorial insertion rather than an ellipsis. */
    public record Gap(boolean bracket, String mark) {
    }

    private final String text;
    private final List<Object> parts;
    private final List<Token> tokens;

    private Claim(String text, List<Object> parts) {
        this.text = text;
        this.parts = parts;
        List<Token> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Segment s) {
                all.addAll(s.tokens());
            }
        }
        this.tokens = List.copyOf(all);
    }

    public static Claim parse(String text) {
        List<Object> parts = new ArrayList<>();
        int segmentStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int markEnd = -1;
            boolean bracket = false;
            if (c == '…') {
                markEnd = i + 1;
            } else if (c == '.' && i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                markEnd = i + 3;
                while (markEnd < n && text.charAt(markEnd) == '.') {
                    markEnd++;
                }
            } else if (c == '.' && i + 4 < n && text.startsWith(". . .", i)) {
                markEnd = i + 5;
            } else if (c == '[') {
                int close = text.indexOf(']', i + 1);
                if (close > 0) {
                    markEnd = close + 1;
                    bracket = true;
                }
            }
            if (markEnd < 0) {
                i++;
                continue;
            }
            addSegment(parts, text, segmentStart, i);
            parts.add(new Gap(bracket, text.substring(i, markEnd)));
            segmentStart = markEnd;
            i = markEnd;
        }
        addSegment(parts, text, segmentStart, n);
        return new Claim(text, parts);
    }

    private static void addSegment(List<Object> parts, String text, int from, int to) {
        if (from >= to) {
            return;
        }
        List<Token> tokens = TokenizedText.of(text, from, to).tokens();
        if (!tokens.isEmpty()) {
            parts.add(new Segment(tokens));
        }
    }

    public String text() {
        return text;
    }

    /** Segments and gaps in order. */
    public List<Object> parts() {
        return parts;
    }

    /** Every claim word, editing marks left out. */
    public List<Token> tokens() {
        return tokens;
    }

    public List<String> words() {
        return tokens.stream().map(Token::word).toList();
    }

    public boolean hasEditingMarks() {
        return parts.stream().anyMatch(p -> p instanceof Gap);
    }

    /** The normalised words joined by spaces: the key of an exact match. */
    public String normalized() {
        return String.join(" ", words());
    }
}
