package org.quotecheck.extract.engine;

import java.util.Set;

/**
 * Finds who a speech verb belongs to: its subject before it ("Smith said", "Smith has also said", "Smith,
 * a teacher at the school, said") or its inverted subject after it ("said Smith", "says veteran industry
 * analyst Ken Doctor", "said the source").
 */
final class SpeechClause {

    private SpeechClause() {
    }

    /** Prepositions that attach an affiliation to the speaker before it ("Hall with the police", "Smith of the union"). */
    static final Set<String> ATTACHING = Set.of("with", "of", "at", "from", "for");

    /** How far back a subject may stand from its verb, appositives included. */
    static final int MAX_SUBJECT_DISTANCE = 30;

    /** The subject of the speech verb at {@code verb}, within the sentence starting at {@code sentenceFirst}; null if none. */
    static Mention subjectOf(Article a, int verb, int sentenceFirst) {
        Mention nearest = null;
        Mention apposed = null; // the first mention whose appositives end at the verb: nested appositives name bodies, not speakers
        int from = a.firstMentionFrom(Math.max(sentenceFirst, verb - MAX_SUBJECT_DISTANCE));
        for (int i = from; i < a.mentions.size() && a.mentions.get(i).firstWord < verb; i++) {
            Mention m = a.mentions.get(i);
            if (m.lastWord >= verb || m.possessive) {
                continue;
            }
            if (onlyAuxiliariesBetween(a, m.lastWord, verb) || (m.extent > m.lastWord && m.extent < verb && onlyAuxiliariesBetween(a, m.extent, verb))) {
                nearest = m;
            } else if (apposed == null && Appositive.end(a, m.lastWord) == verb) {
                apposed = m;
            }
        }
        if (nearest == null && apposed != null && apposed.is(Mention.Kind.DESCRIPTION) && apposed.entity == null) {
            Mention name = a.mentionAt(apposed.lastWord + 1); // the prime minister, Rosa Delgado, said / her mother, Fiona, said
            if (name != null && name.is(Mention.Kind.NAME)) {
                apposed = name;
            }
        }
        if (nearest == null) {
            nearest = apposed;
        }
        if (nearest != null) {
            int p = nearest.firstWord - 1;
            if (p > 0 && Set.of("the", "a", "an").contains(a.word(p).lower())) {
                p--;
            }
            if (p > 0 && ATTACHING.contains(a.word(p).lower()) && a.spaceBefore(p)) {
                Mention head = a.mentionEndingAt(p - 1); // Patrol Chief James Hall with the New York Police Department said
                if (head != null && (head.is(Mention.Kind.NAME) || head.is(Mention.Kind.DESCRIPTION))) {
                    nearest = head;
                }
            }
        }
        if (nearest == null && a.word(verb).lower().endsWith("ing") && a.gapBefore(verb).contains(",")) {
            nearest = SpeakerVerbThenQuote.firstMention(a, sentenceFirst, verb); // Putin hailed the talks, saying …
        }
        return nearest == null ? null : preferNamed(a, nearest);
    }

    /** "said Smith", "says veteran industry analyst Ken Doctor", "said the source": the subject after the verb. */
    static Mention subjectAfter(Article a, int verb) {
        Mention m = a.mentionAt(verb + 1);
        if (m != null) {
            return preferNamed(a, m);
        }
        // lower-case role words before a name: "said chief inspector Jennifer Smith", "says study co-author Paul Smith"
        for (int k = verb + 1; k < a.size() && k <= verb + 4; k++) {
            Word w = a.word(k);
            if (w.quoted() || w.capitalized() || !a.spaceBefore(k) || Lexicon.FUNCTION_WORDS.contains(w.lower())) {
                return null;
            }
            Mention next = a.mentionAt(k + 1);
            if (next != null && next.is(Mention.Kind.NAME) && a.spaceBefore(k + 1)
                    && (Lexicon.ROLE_NOUNS.contains(w.lower()) || Lexicon.TITLES.contains(w.lower()))) {
                return next;
            }
        }
        return null;
    }

    static boolean onlyAuxiliariesBetween(Article a, int last, int verb) {
        if (verb - last - 1 > 3) {
            return false;
        }
        for (int j = last + 1; j < verb; j++) {
            if (!Article.isAuxiliary(a.word(j).lower()) || !a.spaceBefore(j)) {
                return false;
            }
        }
        return a.spaceBefore(verb);
    }

    /** "CNN meteorologist Chad Myers": an organisation named before a person's title and name stands for the person. */
    static Mention preferNamed(Article a, Mention m) {
        int i = a.firstMentionFrom(m.lastWord + 1);
        if (i < a.mentions.size()) {
            Mention next = a.mentions.get(i);
            if (next.is(Mention.Kind.NAME)) {
                int gap = next.firstWord - m.lastWord - 1;
                boolean titles = gap > 0 && gap <= 2;
                for (int j = m.lastWord + 1; j < next.firstWord && titles; j++) {
                    String w = a.word(j).lower();
                    titles = Lexicon.TITLES.contains(w) || Lexicon.DESCRIPTOR_NOUNS.contains(w) || Lexicon.ROLE_NOUNS.contains(w);
                }
                return titles ? next : m;
            }
        }
        return m;
    }

    /** The speaker of a sentence: the subject of its first speech verb before word {@code before}. */
    static Mention speakerOfSentence(Article a, int sentenceFirst, int before) {
        for (int k = sentenceFirst; k < before; k++) {
            if (a.isSpeechVerb(k)) {
                Mention s = subjectOf(a, k, sentenceFirst);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }
}
