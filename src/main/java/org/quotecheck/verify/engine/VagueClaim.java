package org.quotecheck.verify.engine;

import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * A claim too vague to look up by its words: fewer than three words, or English stop words only
 * ("it is the"). Thousands of quotes hold such words, none of them is the claim's source more than
 * another, so only a quote worded exactly like the claim is looked for.
 */
public final class VagueClaim {

    static final int MIN_WORDS = 3;

    private VagueClaim() {
    }

    public static boolean isVague(List<String> normalizedWords) {
        if (normalizedWords.size() < MIN_WORDS) {
            return true;
        }
        for (String word : normalizedWords) {
            if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
