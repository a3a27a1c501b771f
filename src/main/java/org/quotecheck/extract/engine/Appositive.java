package org.quotecheck.extract.engine;

/**
 * Reads past an appositive or a relative clause set off by commas after a mention: "Geoffrey Berman, the
 * U.S. attorney for the Southern District of New York, said", "McCormick, who has split from many fellow
 * Republicans, told". The verb after the closing comma belongs to the mention.
 */
final class Appositive {

    private Appositive() {
    }

    static final int MAX_WORDS = 25;

    /**
     * The speech verb after the appositive(s) that follow the mention ending at {@code lastWord} (auxiliaries
     * skipped): "Robertson, a spokesperson for Inherent Resolve, the U.S. military operation, told"; or -1.
     */
    static int end(Article a, int lastWord) {
        int first = lastWord + 1;
        if (first >= a.size() || !a.gapBefore(first).trim().equals(",") || a.word(first).quoted()) {
            return -1;
        }
        for (int j = first + 1; j < a.size() && j <= first + MAX_WORDS; j++) {
            Word w = a.word(j);
            String gap = a.gapBefore(j);
            if (w.quoted() || a.sentenceStarts.get(j) || !plain(gap)) {
                return -1;
            }
            if (gap.indexOf(',') >= 0) {
                int k = j;
                int skipped = 0;
                while (k < a.size() && skipped < 3 && Article.isAuxiliary(a.word(k).lower())) {
                    k++;
                    skipped++;
                }
                if (a.isSpeechVerb(k)) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static boolean plain(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (!(c == ' ' || c == ',' || c == '.' || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return true;
    }
}
