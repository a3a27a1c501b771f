package org.quotecheck.extract.engine;

/**
 * X said: "…" / X told reporters, "…" / X issued a statement, saying, "…" / said X: "…" / In X's words,
 * "…": a speech verb that introduces the quote, its subject before it (or after it, inverted).
 */
final class SpeakerVerbThenQuote implements AttributionRule {

    /** Words of object or circumstance between the verb and the quote ("told the crowd", "said in a statement"). */
    static final int MAX_WORDS_AFTER_VERB = 5;

    @Override
    public Attribution attribute(Article a, QuoteSite s) {
        int last = s.lastBefore();
        String lead = s.lead(a);
        if (lead == null) {
            return null;
        }
        boolean introduced = lead.endsWith(":") || lead.endsWith(",");
        for (int v = last; v >= s.sentenceFirst() && v >= last - MAX_WORDS_AFTER_VERB; v--) {
            if (a.word(v).quoted()) {
                break;
            }
            if (!a.isSpeechVerb(v)) {
                continue;
            }
            if (v != last && !introduced) {
                return null;
            }
            Mention subject = SpeechClause.subjectOf(a, v, s.sentenceFirst());
            if (subject == null) {
                subject = SpeechClause.subjectAfter(a, v);
            }
            return subject == null ? null : new Attribution(subject, 0.9, getClass().getSimpleName());
        }
        if (a.word(last).lower().equals("words") && introduced) {
            for (int i = a.firstMentionFrom(Math.max(0, last - 6)); i < a.mentions.size() && a.mentions.get(i).firstWord < last; i++) {
                Mention m = a.mentions.get(i);
                if (m.possessive && m.lastWord >= last - 2 && m.entity != null) {
                    return new Attribution(m, 0.9, getClass().getSimpleName()); // In Dr. Shadlen's words, "…"
                }
            }
        }
        return null;
    }

    /** The first non-possessive mention of a sentence: its subject, in news English. */
    static Mention firstMention(Article a, int from, int before) {
        for (int i = a.firstMentionFrom(from); i < a.mentions.size() && a.mentions.get(i).firstWord < before; i++) {
            Mention m = a.mentions.get(i);
            if (!m.possessive && !(m.firstWord > 0 && EntityResolver.PREPOSITIONS.contains(a.word(m.firstWord - 1).lower()))) {
                return m;
            }
        }
        return null;
    }
}
