package org.quotecheck.extract.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the mentions of possible speakers outside quotes: capitalised name runs with their titles
 * stripped ("Russian President Vladimir Putin" → Vladimir Putin), "he"/"she", and descriptions: a
 * determiner, a few modifiers and a role noun ("the Turkish leader", "a member of the group", "the source").
 */
final class MentionFinder {

    private MentionFinder() {
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "another", "his", "her", "their", "its", "our", "some",
            "many", "several", "other");

    private static final Set<String> PREPOSITIONS_OF_ROLE = Set.of("of", "at", "from", "for", "in", "with");

    static List<Mention> find(String text, List<Word> words) {
        List<Mention> mentions = new ArrayList<>();
        int k = 0;
        while (k < words.size()) {
            Word w = words.get(k);
            if (w.quoted()) {
                k++;
                continue;
            }
            if (Lexicon.PRONOUNS.contains(w.lower())) {
                mentions.add(new Mention(k, k, Mention.Kind.PRONOUN, w.text(), false));
                k++;
                continue;
            }
            if (DETERMINERS.contains(w.lower())) {
                Mention d = description(text, words, k);
                if (d != null) {
                    mentions.add(d);
                    k = d.lastWord + 1;
                    continue;
                }
            }
            if (w.capitalized()) {
                int end = k;
                while (end + 1 < words.size()) {
                    Word next = words.get(end + 1);
                    Word cur = words.get(end);
                    if (next.quoted() || !joinable(text, cur, next)) {
                        break;
                    }
                    if (next.capitalized() || (isParticle(next.lower()) && end + 2 < words.size() && words.get(end + 2).capitalized())) {
                        end++;
                    } else {
                        break;
                    }
                }
                Mention m = nameMention(text, words, k, end);
                if (m != null) {
                    mentions.add(m);
                }
                k = end + 1;
                continue;
            }
            k++;
        }
        return mentions;
    }

    /** "the Turkish leader", "a Syrian refugee", "a member of the group": up to four words ending in a role noun. */
    private static Mention description(String text, List<Word> words, int k) {
        int end = -1;
        for (int j = k + 1; j <= Math.min(words.size() - 1, k + 4); j++) {
            Word d = words.get(j);
            if (d.quoted() || !onlySpaceBetween(text, words.get(j - 1), d)) {
                break;
            }
            String noun = EntityResolver.singular(stripPossessive(d.lower()));
            if (!d.capitalized() && (Lexicon.DESCRIPTOR_NOUNS.contains(noun) || Lexicon.ROLE_NOUNS.contains(noun))) {
                end = j;
            }
            if (d.lower().endsWith("'s") || Lexicon.FUNCTION_WORDS.contains(d.lower())) {
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        boolean possessive = words.get(end).lower().endsWith("'s");
        int textEnd = end;
        // "a member of the group", "a doctor at the hospital": the role's complement belongs to the description
        if (!possessive && end + 3 < words.size() && PREPOSITIONS_OF_ROLE.contains(words.get(end + 1).lower())
                && onlySpaceBetween(text, words.get(end), words.get(end + 1))) {
            int j = end + 2;
            if (DETERMINERS.contains(words.get(j).lower()) && onlySpaceBetween(text, words.get(j - 1), words.get(j))) {
                j++;
            }
            if (j < words.size() && !words.get(j).quoted() && onlySpaceBetween(text, words.get(j - 1), words.get(j))) {
                textEnd = j;
            }
        }
        String mentionText = withoutPossessive(text.substring(words.get(k).start(), words.get(textEnd).end()));
        Mention m = new Mention(k, end, Mention.Kind.DESCRIPTION, mentionText, possessive);
        m.extent = textEnd;
        return m;
    }

    private static Mention nameMention(String text, List<Word> words, int first, int last) {
        int from = first;
        while (from <= last && Lexicon.FUNCTION_WORDS.contains(words.get(from).lower())) {
            from++;
        }
        int lastTitle = -1;
        for (int j = from; j <= last; j++) {
            String lower = stripPossessive(words.get(j).lower());
            if (Lexicon.TITLES.contains(lower) || Lexicon.DEMONYMS.contains(lower)) {
                lastTitle = j;
            }
        }
        int nameFrom = lastTitle >= 0 ? lastTitle + 1 : from;
        if (nameFrom > last) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        boolean possessive = false;
        for (int j = nameFrom; j <= last; j++) {
            String t = words.get(j).text();
            if (j == last && (t.endsWith("'s") || t.endsWith("’s"))) {
                t = t.substring(0, t.length() - 2);
                possessive = true;
            }
            tokens.add(t);
        }
        if (tokens.size() == 1 && tokens.get(0).indexOf('-') > 0) {
            return null; // "Sino-Russian", "Amazon-owned"
        }
        if (tokens.stream().allMatch(t -> Lexicon.NOT_NAMES.contains(t.toLowerCase(Locale.ROOT))
                || Lexicon.DEMONYMS.contains(t.toLowerCase(Locale.ROOT)) || Lexicon.FUNCTION_WORDS.contains(t.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        Mention m = new Mention(from, last, Mention.Kind.NAME, withoutPossessive(text.substring(words.get(from).start(), words.get(last).end())),
                possessive);
        String display = withoutPossessive(text.substring(words.get(nameFrom).start(), words.get(last).end()));
        m.entity = new Entity(tokens, display); // provisional; EntityResolver merges entities
        for (int j = from; j < nameFrom; j++) {
            m.entity.descriptors.add(stripPossessive(words.get(j).lower()));
        }
        return m;
    }

    private static boolean joinable(String text, Word a, Word b) {
        String gap = text.substring(a.end(), b.start());
        if (gap.equals(" ")) {
            return true;
        }
        // an initial or an abbreviated title: "Robert M. Danin", "Dr. Shadlen"
        return gap.equals(". ") && (a.text().length() == 1 || Lexicon.ABBREVIATIONS.contains(a.lower()));
    }

    static boolean onlySpaceBetween(String text, Word a, Word b) {
        return text.substring(a.end(), b.start()).equals(" ");
    }

    private static boolean isParticle(String lower) {
        return switch (lower) {
            case "de", "da", "van", "von", "bin", "al", "le", "la", "del", "der", "di", "du", "ter", "ibn" -> true;
            default -> false;
        };
    }

    private static String withoutPossessive(String s) {
        int n = s.length();
        return n > 2 && s.charAt(n - 1) == 's' && (s.charAt(n - 2) == '\'' || s.charAt(n - 2) == '’') ? s.substring(0, n - 2) : s;
    }

    static String stripPossessive(String lower) {
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }
}
