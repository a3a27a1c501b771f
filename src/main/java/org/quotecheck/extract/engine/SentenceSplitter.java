package org.quotecheck.extract.engine;

import java.util.BitSet;
import java.util.List;

/**
 * Marks the words that begin a sentence: after a line break, or after . ! ? (not an abbreviation's dot)
 * when a capital or a digit follows. Inside one quote nothing splits, so a quote stays in its sentence;
 * between two quotes the usual rule holds.
 */
final class SentenceSplitter {

    private SentenceSplitter() {
    }

    static BitSet starts(String text, List<Word> words) {
        BitSet starts = new BitSet(words.size());
        if (!words.isEmpty()) {
            starts.set(0);
        }
        for (int k = 1; k < words.size(); k++) {
            Word prev = words.get(k - 1);
            Word w = words.get(k);
            if (newline(text, prev.end(), w.start())) {
                starts.set(k);
                continue;
            }
            if (w.quoted() && prev.quoted() && !markBetween(text, prev.end(), w.start())) {
                continue; // inside one quote
            }
            boolean abbreviation = Lexicon.ABBREVIATIONS.contains(prev.lower()) || prev.lower().indexOf('.') > 0;
            boolean terminal = false;
            boolean space = false;
            for (int g = prev.end(); g < w.start(); g++) {
                char c = text.charAt(g);
                if ((c == '.' || c == '!' || c == '?') && !(c == '.' && g == prev.end() && abbreviation)) {
                    terminal = true;
                }
                space |= Character.isWhitespace(c);
            }
            boolean opensLikeSentence = w.capitalized() || Character.isDigit(w.text().charAt(0));
            if (terminal && opensLikeSentence && space) {
                starts.set(k);
            }
        }
        return starts;
    }

    /** A double quote mark between two quoted words: they are in two quotes ("old friend". "Our cooperation …"). */
    private static boolean markBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
                return true;
            }
        }
        return false;
    }

    static boolean newline(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }
}
