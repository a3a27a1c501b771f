package org.quotecheck.verify.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises edits that can turn a quote's meaning around: negation added or removed, numbers
 * changed, a word swapped for its opposite or for another comparative or superlative. Words are
 * in normalised form (apostrophes dropped: "don't" is "dont").
 */
public final class CriticalEdits {

    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "nowhere",
            "cannot", "without", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "cant", "couldnt",
            "shouldnt", "havent", "hasnt", "hadnt", "aint", "mustnt", "neednt", "mightnt", "shant", "nt");
    static final Set<String> NUMBER_WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
            "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens", "half", "first", "second",
            "third", "once", "twice", "percent", "%", "$", "€", "£");
    static final Set<String> DEGREE_WORDS = Set.of("best", "worst", "better", "worse", "most", "least", "more", "less", "fewer",
            "greatest", "greater", "highest", "higher", "lowest", "lower", "largest", "larger", "smallest", "smaller", "biggest",
            "bigger", "much", "little", "many", "few", "all", "none", "always", "never", "everyone", "nobody", "everything",
            "nothing", "only", "some");
    private static final Set<String> OPPOSITES = loadOpposites();
    private static final List<String> NEGATING_PREFIXES = List.of("un", "in", "im", "il", "ir", "dis", "non", "a");

    private CriticalEdits() {
    }

    /** Whether replacing {@code claimWords} by {@code sourceWords} (either may be empty) can change meaning. */
    public static boolean isCritical(List<String> claimWords, List<String> sourceWords) {
        for (List<String> side : List.of(claimWords, sourceWords)) {
            for (String w : side) {
                if (NEGATIONS.contains(w) || isNumber(w)) {
                    return true;
                }
            }
        }
        for (String c : claimWords) {
            for (String s : sourceWords) {
                if (areOpposites(c, s) || (DEGREE_WORDS.contains(c) && DEGREE_WORDS.contains(s))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isNumber(String word) {
        if (NUMBER_WORDS.contains(word)) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean areOpposites(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (OPPOSITES.contains(a + " " + b) || OPPOSITES.contains(b + " " + a)) {
            return true;
        }
        for (String prefix : NEGATING_PREFIXES) {
            if ((a.equals(prefix + b) || b.equals(prefix + a)) && Math.min(a.length(), b.length()) >= 4) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> loadOpposites() {
        Set<String> pairs = new HashSet<>();
        try (InputStream in = CriticalEdits.class.getResourceAsStream("/verify/opposites.txt")) {
            if (in == null) {
                throw new IllegalStateException("verify/opposites.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split("\\s+");
                if (words.length == 2) {
                    pairs.add(words[0] + " " + words[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(pairs);
    }
}
