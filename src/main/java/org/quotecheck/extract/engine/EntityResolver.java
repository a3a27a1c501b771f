package org.quotecheck.extract.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every mention its entity within the text: names merge by full name or surname (a later "Putin"
 * is Vladimir Putin), descriptions point back to the entity they fit ("the Turkish leader"), and "he"/"she"
 * to the subject of the nearest sentence that has a person of that gender (centering: the subject first).
 */
final class EntityResolver {

    private EntityResolver() {
    }

    /** How many sentences back a pronoun may reach. */
    static final int MAX_PRONOUN_SENTENCES = 4;

    /** How many mentions back a pronoun may reach; beyond that nobody reads it as the same person. */
    static final int MAX_PRONOUN_LOOKBACK = 60;

    static final Set<String> PREPOSITIONS = Set.of("in", "at", "to", "from", "for", "of", "near", "into", "across", "on", "with", "by",
            "toward", "towards", "through", "outside", "inside", "around", "throughout", "over", "via");

    static void resolve(List<Mention> mentions, List<Word> words, BitSet sentenceStarts, String text) {
        List<Entity> entities = new ArrayList<>();
        Map<String, List<Entity>> byToken = new HashMap<>(); // first and last name tokens → entities, for linear time
        Map<String, List<Entity>> byDescriptor = new HashMap<>(); // descriptor words → entities, likewise
        Map<Entity, Integer> lastSeen = new LinkedHashMap<>();
        Article probe = new Article(text, List.of(), words, sentenceStarts, mentions);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            switch (m.kind) {
                case NAME -> {
                    Entity provisional = m.entity;
                    Entity e = find(byToken, lastSeen, provisional.tokens);
                    if (e == null) {
                        e = provisional;
                        entities.add(e);
                        index(byToken, e);
                    } else {
                        if (provisional.tokens.size() > e.tokens.size()
                                && provisional.tokens.get(provisional.tokens.size() - 1).equalsIgnoreCase(e.tokens.get(e.tokens.size() - 1))) {
                            e.tokens = provisional.tokens; // a fuller name for the same person
                            e.display = provisional.display;
                            index(byToken, e);
                        }
                    }
                    List<String> described = new ArrayList<>(provisional.descriptors);
                    described.addAll(precedingDescriptors(words, m.firstWord, text));
                    described.addAll(appositive(words, m.lastWord, text));
                    for (String d : described) {
                        if (e.descriptors.add(d) || e == provisional) {
                            byDescriptor.computeIfAbsent(d, k -> new ArrayList<>()).add(e);
                            e.titled |= Lexicon.TITLES.contains(d) || Lexicon.DESCRIPTOR_NOUNS.contains(d) || Lexicon.ROLE_NOUNS.contains(d);
                        }
                    }
                    e.speaks |= speechVerbAfter(probe, m) || (m.firstWord > 0 && probe.isSpeechVerb(m.firstWord - 1));
                    e.placeLike &= m.firstWord > 0 && PREPOSITIONS.contains(words.get(m.firstWord - 1).lower());
                    String firstLower = words.get(m.firstWord).lower();
                    if (firstLower.equals("mr")) {
                        e.gender = 'm';
                    } else if (firstLower.equals("ms") || firstLower.equals("mrs")) {
                        e.gender = 'f';
                    }
                    if (i > 0 && mentions.get(i - 1).is(Mention.Kind.DESCRIPTION) && mentions.get(i - 1).lastWord == m.firstWord - 1
                            && probe.gapBefore(m.firstWord).trim().equals(",")) {
                        Mention role = mentions.get(i - 1); // "her mother, Fiona,": the name is the role's, and so is its gender
                        if (e.gender == 0) {
                            e.gender = descriptionGender(probe, role);
                        }
                        if (role.entity == null) {
                            role.entity = e;
                        }
                    }
                    m.entity = e;
                    lastSeen.put(e, m.firstWord);
                }
                case PRONOUN -> {
                    if (m.text.equalsIgnoreCase("it")) {
                        m.entity = organisation(probe, mentions, i);
                        continue;
                    }
                    char gender = m.text.equalsIgnoreCase("she") ? 'f' : 'm';
                    Mention target = antecedent(probe, mentions, i, gender, true);
                    if (target == null) {
                        target = antecedent(probe, mentions, i, gender, false);
                    }
                    Entity best = target == null ? null : target.entity;
                    if (best != null) {
                        m.entity = best;
                        if (best.gender == 0) {
                            best.gender = gender;
                        }
                    }
                }
                default -> {
                    m.entity = byDescription(m, words, byDescriptor, lastSeen);
                    if (m.entity != null) {
                        lastSeen.put(m.entity, m.firstWord);
                    }
                }
            }
        }
    }

    /** "Smith said", "Smith, a teacher at the school, said": a speech verb after the name, past auxiliaries or an appositive. */
    static boolean speechVerbAfter(Article a, Mention m) {
        int k = m.lastWord + 1;
        int skipped = 0;
        while (k < a.size() && skipped < 3 && Article.isAuxiliary(a.word(k).lower())) {
            k++;
            skipped++;
        }
        if (a.isSpeechVerb(k)) {
            return true;
        }
        int close = Appositive.end(a, m.lastWord);
        return close > 0 && a.isSpeechVerb(close);
    }

    /**
     * The mention "he" or "she" refers to: walking back sentence by sentence, in the nearest sentence with a
     * candidate, one of that gender by name or role ("one mother"), else the speaker of the sentence (the
     * subject of its speech verb), else its first person mentioned: the subject, in news English. A
     * description that fits no named entity is a candidate too: then the pronoun's speaker is unnamed.
     */
    private static Mention antecedent(Article a, List<Mention> mentions, int i, char gender, boolean strong) {
        int sentence = a.sentenceStart(mentions.get(i).firstWord);
        int sentencesBack = 0;
        Mention first = null;
        Mention speaker = null;
        Mention gendered = null;
        for (int j = i - 1; j >= 0 && j >= i - MAX_PRONOUN_LOOKBACK; j--) {
            Mention earlier = mentions.get(j);
            int s = a.sentenceStart(earlier.firstWord);
            if (s != sentence) {
                if (first != null) {
                    break;
                }
                sentence = s;
                if (++sentencesBack > MAX_PRONOUN_SENTENCES) {
                    return null;
                }
            }
            if (earlier.possessive || earlier.is(Mention.Kind.PRONOUN)
                    || (earlier.firstWord > 0 && PREPOSITIONS.contains(a.word(earlier.firstWord - 1).lower()))) {
                continue; // "with China", "in Seattle": not a subject
            }
            Entity e = earlier.entity;
            char known = e != null ? e.gender : descriptionGender(a, earlier);
            if (known != 0 && known != gender) {
                continue;
            }
            boolean person = e == null ? earlier.is(Mention.Kind.DESCRIPTION) && (!strong || known == gender)
                    : strong ? e.strongPerson() : e.weakPerson() || e.strongPerson();
            if (!person) {
                continue;
            }
            first = earlier; // walking backwards: the last assignment is the leftmost
            if (known == gender) {
                gendered = earlier;
            }
            if (speechVerbAfter(a, earlier)) {
                speaker = earlier;
            }
        }
        return gendered != null ? gendered : speaker != null ? speaker : first;
    }

    /** "The agency warned … "…," it said": the nearest organisation named or described in the last few sentences. */
    private static Entity organisation(Article a, List<Mention> mentions, int i) {
        int sentence = a.sentenceStart(mentions.get(i).firstWord);
        int sentencesBack = 0;
        for (int j = i - 1; j >= 0 && j >= i - MAX_PRONOUN_LOOKBACK; j--) {
            Mention earlier = mentions.get(j);
            int s = a.sentenceStart(earlier.firstWord);
            if (s != sentence) {
                sentence = s;
                if (++sentencesBack > MAX_PRONOUN_SENTENCES) {
                    return null;
                }
            }
            Entity e = earlier.entity;
            if (e != null && !earlier.possessive && (e.organisation() || (earlier.is(Mention.Kind.DESCRIPTION)
                    && Lexicon.ORGANISATION_WORDS.contains(a.word(earlier.lastWord).lower())))) {
                return e;
            }
        }
        return null;
    }

    private static char descriptionGender(Article a, Mention m) {
        if (!m.is(Mention.Kind.DESCRIPTION)) {
            return 0;
        }
        String head = a.word(m.lastWord).lower();
        return Lexicon.FEMALE_NOUNS.contains(head) ? 'f' : Lexicon.MALE_NOUNS.contains(head) ? 'm' : 0;
    }

    private static void index(Map<String, List<Entity>> byToken, Entity e) {
        for (String token : List.of(e.tokens.get(0).toLowerCase(Locale.ROOT), e.lastToken())) {
            List<Entity> list = byToken.computeIfAbsent(token, k -> new ArrayList<>());
            if (!list.contains(e)) {
                list.add(e);
            }
        }
    }

    private static Entity find(Map<String, List<Entity>> byToken, Map<Entity, Integer> lastSeen, List<String> tokens) {
        String full = String.join(" ", tokens).toLowerCase(Locale.ROOT);
        String last = tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT);
        List<Entity> entities = byToken.getOrDefault(last, List.of());
        Entity best = null;
        int bestSeen = -1;
        for (Entity e : entities) {
            String name = String.join(" ", e.tokens).toLowerCase(Locale.ROOT);
            boolean same = name.equals(full) || (tokens.size() >= 2 && name.endsWith(" " + full)) || (tokens.size() >= 2 && full.endsWith(" " + name))
                    || (tokens.size() == 1 && e.lastToken().equals(last))
                    || (tokens.size() == 1 && e.tokens.size() >= 2 && e.tokens.get(0).equalsIgnoreCase(last) && !hasLastTokenMatch(entities, last))
                    || (tokens.size() >= 2 && e.tokens.size() == 1 && e.lastToken().equals(last));
            if (same && lastSeen.getOrDefault(e, -1) > bestSeen) {
                best = e;
                bestSeen = lastSeen.getOrDefault(e, -1);
            }
        }
        return best;
    }

    private static boolean hasLastTokenMatch(List<Entity> entities, String token) {
        for (Entity e : entities) {
            if (e.lastToken().equals(token)) {
                return true;
            }
        }
        return false;
    }

    /** The named entity a description fits ("the Turkish leader" → the one called Turkish and a leader); null when none does. */
    private static Entity byDescription(Mention m, List<Word> words, Map<String, List<Entity>> byDescriptor, Map<Entity, Integer> lastSeen) {
        Set<String> modifiers = new HashSet<>();
        String head = singular(MentionFinder.stripPossessive(words.get(m.lastWord).lower()));
        for (int j = m.firstWord + 1; j < m.lastWord; j++) {
            String w = words.get(j).lower();
            if (!w.equals("former") && !w.equals("new") && !w.equals("then")) {
                modifiers.add(w);
            }
        }
        // only entities described by one of these words can fit: look them up instead of trying every entity
        Set<Entity> candidates = new java.util.LinkedHashSet<>(byDescriptor.getOrDefault(head, List.of()));
        for (String mod : modifiers) {
            candidates.addAll(byDescriptor.getOrDefault(mod, List.of()));
        }
        if (Lexicon.LEADER_TITLES.contains(head)) {
            for (String title : Lexicon.LEADER_TITLES) {
                candidates.addAll(byDescriptor.getOrDefault(title, List.of()));
            }
        }
        Entity best = null;
        int bestScore = 0;
        int bestSeen = -1;
        for (Entity e : candidates) {
            int score = 0;
            for (String mod : modifiers) {
                if (e.descriptors.contains(mod)) {
                    score += 2;
                }
            }
            if (e.descriptors.contains(head) || (Lexicon.LEADER_TITLES.contains(head) && e.descriptors.stream().anyMatch(Lexicon.LEADER_TITLES::contains))) {
                score += 1;
            }
            if (!modifiers.isEmpty() && score < 2 && !modifiers.stream().allMatch(Lexicon.DESCRIPTOR_NOUNS::contains)) {
                continue; // "the Turkish leader" must be Turkish
            }
            int seen = lastSeen.getOrDefault(e, -1);
            if (seen < m.firstWord && (score > bestScore || (score == bestScore && score > 0 && seen > bestSeen))) {
                best = e;
                bestScore = score;
                bestSeen = seen;
            }
        }
        return bestScore > 0 ? best : null;
    }

    /** Lower-case words right before a name run ("CNN meteorologist", "veteran industry analyst"), up to punctuation. */
    private static List<String> precedingDescriptors(List<Word> words, int firstWord, String text) {
        List<String> out = new ArrayList<>();
        for (int j = firstWord - 1; j >= 0 && j >= firstWord - 3; j--) {
            Word w = words.get(j);
            if (w.quoted() || !MentionFinder.onlySpaceBetween(text, w, words.get(j + 1)) || w.lower().equals("the") || w.lower().equals("a")) {
                break;
            }
            out.add(MentionFinder.stripPossessive(w.lower()));
        }
        return out;
    }

    /** Words of an appositive after a name (", a spokesman for the Pennsylvania Department of Transportation"). */
    private static List<String> appositive(List<Word> words, int lastWord, String text) {
        List<String> out = new ArrayList<>();
        if (lastWord + 1 >= words.size()) {
            return out;
        }
        String gap = text.substring(words.get(lastWord).end(), words.get(lastWord + 1).start()).trim();
        if (!gap.equals(",")) {
            return out;
        }
        for (int j = lastWord + 1; j < words.size() && j <= lastWord + 9; j++) {
            Word w = words.get(j);
            if (w.quoted() || (j > lastWord + 1 && !text.substring(words.get(j - 1).end(), w.start()).isBlank())) {
                break;
            }
            out.add(w.lower());
        }
        return out;
    }

    static String singular(String lower) {
        if (lower.endsWith("ies") && Lexicon.ROLE_NOUNS.contains(lower.substring(0, lower.length() - 3) + "y")) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("s") && !lower.endsWith("ss")) {
            String one = lower.substring(0, lower.length() - 1);
            if (Lexicon.DESCRIPTOR_NOUNS.contains(one) || Lexicon.ROLE_NOUNS.contains(one)) {
                return one;
            }
        }
        return lower;
    }
}
