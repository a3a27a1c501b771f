package org.quotecheck.extract.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/** Splits a text into words (letters and digits, with inner apostrophes, hyphens and initials' dots), marking quoted ones. */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Word> words(String text, BitSet quoted) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else if (d == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i - start <= 2) {
                    i++; // D.A., U.S., Ph.D.
                } else {
                    break;
                }
            }
            String w = text.substring(start, i);
            String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            words.add(new Word(start, i, w, lower, Character.isUpperCase(w.charAt(0)), quoted.get(start)));
        }
        return words;
    }
}
