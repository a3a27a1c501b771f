package org.quotecheck.verify.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English words that carry grammar rather than content, which translators add, drop and swap
 * freely (articles, prepositions, conjunctions, auxiliaries, pronouns, emphatic particles), and the
 * closed classes among them whose swap changes who or how much: persons of pronouns, quantifiers,
 * modal verbs. Normalised forms ("dont" is a negation and no function word: see {@link CriticalEdits}).
 */
public final class FunctionWords {

    private static final Set<String> WORDS = Set.of(
            // articles and demonstratives
            "a", "an", "the", "this", "that", "these", "those",
            // prepositions (not "against" or "without": they carry direction and negation)
            "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto", "through", "throughout", "over", "under",
            "about", "around", "between", "among", "amongst", "within", "across", "toward", "towards", "upon", "during", "via", "per",
            "as", "like",
            // conjunctions and relatives
            "and", "or", "but", "so", "than", "while", "whereas", "which", "who", "whom", "whose", "what", "where", "when", "whether",
            // auxiliaries (tense and aspect are the translator's: Russian has no continuous, no articles)
            "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did", "will", "would",
            "shall", "ll", "ve", "re", "s", "d", "m",
            // pronouns and possessives (a swap between persons is caught apart, see person())
            "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
            "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs",
            "themselves", "there", "here", "one", "ones",
            // emphatic and linking particles
            "just", "very", "really", "simply", "indeed", "quite", "also", "too", "even", "such", "rather", "then", "thus", "now");

    /** Grammatical persons; a claim that swaps one for another names someone else. */
    private static final Map<String, String> PERSONS = new HashMap<>();
    /** Words of one group may stand for each other; words of different groups say how much or how often differently. */
    private static final Map<String, Integer> QUANTIFIERS = new HashMap<>();
    /** Obligation, possibility, permission: swapping one for another changes the claim. */
    private static final Map<String, Integer> MODALS = new HashMap<>();

    static {
        group(PERSONS, "first singular", "i", "me", "my", "mine", "myself");
        group(PERSONS, "first plural", "we", "us", "our", "ours", "ourselves");
        group(PERSONS, "second", "you", "your", "yours", "yourself", "yourselves");
        group(PERSONS, "third masculine", "he", "him", "his", "himself");
        group(PERSONS, "third feminine", "she", "her", "hers", "herself");
        group(PERSONS, "third plural", "they", "them", "their", "theirs", "themselves");
        List<List<String>> quantifiers = List.of(
                List.of("all", "every", "each", "everyone", "everybody", "everything", "entire", "whole", "always"),
                List.of("any", "anyone", "anybody", "anything", "ever", "whatever", "whoever"),
                List.of("some", "someone", "somebody", "something", "sometimes", "certain"),
                List.of("no", "none", "nobody", "nothing", "never", "noone"),
                List.of("many", "much", "numerous", "often", "lot", "lots", "plenty"),
                List.of("few", "little", "rarely", "seldom"),
                List.of("most", "mostly"),
                List.of("several"),
                List.of("both"),
                List.of("either"),
                List.of("neither"),
                List.of("only", "solely", "sole", "exclusively"),
                List.of("more"),
                List.of("less", "fewer"));
        for (int g = 0; g < quantifiers.size(); g++) {
            for (String w : quantifiers.get(g)) {
                QUANTIFIERS.put(w, g);
            }
        }
        List<List<String>> modals = List.of(
                List.of("must", "need", "needs", "obliged", "mustnt"),
                List.of("should", "ought"),
                List.of("can", "could", "able"),
                List.of("may", "might", "allowed"));
        for (int g = 0; g < modals.size(); g++) {
            for (String w : modals.get(g)) {
                MODALS.put(w, g);
            }
        }
    }

    private FunctionWords() {
    }

    private static void group(Map<String, String> into, String name, String... words) {
        for (String w : words) {
            into.put(w, name);
        }
    }

    /** Whether a translator may add, drop or swap the word without changing what was said. */
    public static boolean isFunctionWord(String word) {
        return WORDS.contains(word);
    }

    /** The grammatical person of a personal pronoun or possessive, null for other words. */
    public static String person(String word) {
        return PERSONS.get(word);
    }

    public static boolean isQuantifier(String word) {
        return QUANTIFIERS.containsKey(word);
    }

    public static boolean isModal(String word) {
        return MODALS.containsKey(word);
    }

    /** Whether the two are words of one quantifier or modal group ("anyone" and "anybody"). */
    public static boolean sameAmountOrModality(String a, String b) {
        return (isQuantifier(a) || isModal(a)) && !differInAmountOrModality(a, b);
    }

    /** Whether two words of a closed class (quantifiers, modals) say different things: "everyone" for "anyone", "can" for "must". */
    public static boolean differInAmountOrModality(String a, String b) {
        Integer qa = QUANTIFIERS.get(a);
        Integer qb = QUANTIFIERS.get(b);
        if ((qa != null || qb != null) && !java.util.Objects.equals(qa, qb)) {
            return true;
        }
        Integer ma = MODALS.get(a);
        Integer mb = MODALS.get(b);
        return (ma != null || mb != null) && !java.util.Objects.equals(ma, mb);
    }
}
