package org.quotecheck.extract.engine;

import java.util.BitSet;
import java.util.List;

/**
 * The analysed text every attribution rule reads: words, sentence starts, quoted spans and mentions,
 * with the look-ups the rules share. Look-ups are binary searches, so the whole extraction stays linear.
 */
final class Article {

    final String text;
    final List<QuoteSpan> spans;
    final List<Word> words;
    final BitSet sentenceStarts;
    final List<Mention> mentions;

    Article(String text, List<QuoteSpan> spans, List<Word> words, BitSet sentenceStarts, List<Mention> mentions) {
        this.text = text;
        this.spans = spans;
        this.words = words;
        this.sentenceStarts = sentenceStarts;
        this.mentions = mentions;
    }

    Word word(int k) {
        return words.get(k);
    }

    int size() {
        return words.size();
    }

    int firstWordAtOrAfter(int position) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first word of the sentence word k is in. */
    int sentenceStart(int k) {
        int i = Math.min(k, words.size() - 1);
        if (i < 0) {
            return 0;
        }
        return Math.max(sentenceStarts.previousSetBit(i), 0);
    }

    /** One past the last word of the sentence word k is in. */
    int sentenceEnd(int k) {
        int next = sentenceStarts.nextSetBit(k + 1);
        return next < 0 ? words.size() : next;
    }

    /** The text between word k-1 and word k. */
    String gapBefore(int k) {
        return k <= 0 ? "" : text.substring(words.get(k - 1).end(), words.get(k).start());
    }

    boolean spaceBefore(int k) {
        return gapBefore(k).equals(" ");
    }

    /** Index of the first mention starting at or after word k (mentions are in text order). */
    int firstMentionFrom(int k) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).firstWord < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The mention that starts at word k and is not a possessive ("Putin's"), if any. */
    Mention mentionAt(int k) {
        int i = firstMentionFrom(k);
        if (i < mentions.size()) {
            Mention m = mentions.get(i);
            if (m.firstWord == k && !m.possessive) {
                return m;
            }
        }
        return null;
    }

    /** The mention that ends at word k and is not a possessive, if any. */
    Mention mentionEndingAt(int k) {
        int i = firstMentionFrom(k + 1) - 1;
        for (int j = i; j >= 0 && j >= i - 2; j--) {
            Mention m = mentions.get(j);
            if (m.lastWord == k && !m.possessive) {
                return m;
            }
        }
        return null;
    }

    /** A speech verb that reports speech here: not an infinitive of a hypothetical ("as if to say"). */
    boolean isSpeechVerb(int k) {
        if (k < 0 || k >= words.size()) {
            return false;
        }
        Word w = words.get(k);
        if (w.quoted() || !Lexicon.SPEECH_VERBS.contains(w.lower())) {
            return false;
        }
        return k == 0 || !words.get(k - 1).lower().equals("to");
    }

    static boolean isAuxiliary(String lower) {
        return Lexicon.AUXILIARIES.contains(lower) || (lower.endsWith("ly") && lower.length() > 4);
    }

    int outsideWordsBetween(int from, int to) {
        int count = 0;
        for (int k = Math.max(0, from); k <= to && k < words.size(); k++) {
            if (!words.get(k).quoted()) {
                count++;
            }
        }
        return count;
    }
}
