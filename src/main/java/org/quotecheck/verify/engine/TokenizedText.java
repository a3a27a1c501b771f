package org.quotecheck.verify.engine;

import java.util.ArrayList;
import java.util.List;
import org.quotecheck.text.NormalizedText;
import org.quotecheck.text.TextNormalizer;

/** A text split into normalised words, each keeping its span in the original. */
public record TokenizedText(String original, List<Token> tokens) {

    public static TokenizedText of(String original) {
        return of(original, 0, original.length());
    }

    /** The words of {@code original[from, to)}, with offsets into the whole original. */
    public static TokenizedText of(String original, int from, int to) {
        NormalizedText n = TextNormalizer.instance().normalize(original.substring(from, to));
        String text = n.text();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int j = text.indexOf(' ', i);
            if (j < 0) {
                j = text.length();
            }
            if (j > i) {
                tokens.add(new Token(text.substring(i, j), from + n.originStart(i), from + n.originEnd(j - 1)));
            }
            i = j + 1;
        }
        return new TokenizedText(original, tokens);
    }

    public List<String> words() {
        return tokens.stream().map(Token::word).toList();
    }

    public int size() {
        return tokens.size();
    }

    /** The original text behind tokens {@code [from, to)}. */
    public String originalOf(int from, int to) {
        if (from >= to) {
            return "";
        }
        return original.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
