package org.quotecheck.extract.engine;

/**
 * Xi called Putin his "old friend" / the prime minister said the system would let "biased" teachers … /
 * the recent strandings have been described as "heartbreaking" by the department: a quote inside the
 * reporter's sentence belongs to the subject of the nearest speech verb before it (or to the agent of a
 * passive one after it).
 */
final class ReportedFragment implements AttributionRule {

    @Override
    public Attribution attribute(Article a, QuoteSite s) {
        int last = s.lastBefore();
        if (last < s.sentenceFirst() || s.opensSentence(a)) {
            return null;
        }
        boolean passive = false;
        for (int v = last; v >= s.sentenceFirst(); v--) {
            if (v >= 2 && a.word(v - 1).lower().equals("to") && Lexicon.SPEECH_VERBS.contains(a.word(v).lower()) && !a.word(v).quoted()) {
                Mention controller = a.mentionEndingAt(v - 2); // allowed Mosseri to claim that …
                if (controller != null && controller.entity != null) {
                    return new Attribution(controller, 0.7, getClass().getSimpleName());
                }
            }
            if (!a.isSpeechVerb(v)) {
                continue;
            }
            Mention subject = SpeechClause.subjectOf(a, v, s.sentenceFirst());
            if (subject == null) {
                subject = SpeechClause.subjectAfter(a, v);
            }
            if (subject != null && subject.lastWord < s.lastBefore() + 1) {
                return new Attribution(subject, 0.75, getClass().getSimpleName());
            }
            passive |= v > 0 && (a.word(v - 1).lower().equals("been") || a.word(v - 1).lower().equals("was")
                    || a.word(v - 1).lower().equals("were") || a.word(v - 1).lower().equals("be") || a.word(v - 1).lower().equals("is"));
        }
        int after = s.firstAfter();
        if (passive && after + 1 < a.size() && a.word(after).lower().equals("by") && !a.sentenceStarts.get(after)) {
            Mention agent = a.mentionAt(after + 1);
            if (agent != null) {
                return new Attribution(agent, 0.75, getClass().getSimpleName());
            }
        }
        // "Judge Arthur Engoron … telling his lawyer to "…"": a speech participle in the sentence, its subject first
        for (int k = s.sentenceFirst(); k <= last; k++) {
            if (a.isSpeechVerb(k) && a.word(k).lower().endsWith("ing")) {
                Mention m = SpeakerVerbThenQuote.firstMention(a, s.sentenceFirst(), k);
                if (m != null && m.entity != null) {
                    return new Attribution(m, 0.6, getClass().getSimpleName());
                }
            }
        }
        return null;
    }
}
