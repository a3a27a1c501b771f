package org.quotecheck.extract.engine;

/**
 * Sometimes employees don't follow the rules, he said. "But does that mean …": a quote that opens a
 * sentence with no attribution of its own, right after a sentence about a person (in the same paragraph
 * or ending the one before), is that person's: the speaker of that sentence, else the first person in it.
 */
final class PrecedingSentenceSubject implements AttributionRule {

    @Override
    public Attribution attribute(Article a, QuoteSite s) {
        if (!s.opensSentence(a) || s.sentenceFirst() <= 0) {
            return null;
        }
        int previousFirst = a.sentenceStart(s.sentenceFirst() - 1);
        if (paragraphBreaks(a.text, a.word(s.sentenceFirst() - 1).end(), s.span().open()) > 1) {
            return null;
        }
        for (int k = previousFirst; k < s.sentenceFirst(); k++) {
            if (a.word(k).quoted()) {
                return null; // a quote's sentence: ParagraphContinuation's case
            }
        }
        Mention speaker = SpeechClause.speakerOfSentence(a, previousFirst, s.sentenceFirst());
        if (speaker != null && (speaker.entity != null || speaker.is(Mention.Kind.DESCRIPTION))) {
            return new Attribution(speaker, 0.5, getClass().getSimpleName());
        }
        for (int i = a.firstMentionFrom(previousFirst); i < a.mentions.size() && a.mentions.get(i).firstWord < s.sentenceFirst(); i++) {
            Mention m = a.mentions.get(i);
            if (!m.possessive && m.entity != null && m.entity.strongPerson()) {
                return new Attribution(m, 0.5, getClass().getSimpleName());
            }
        }
        return null;
    }

    /** How many paragraph breaks (runs of line breaks) lie between two offsets. */
    static int paragraphBreaks(String text, int from, int to) {
        int breaks = 0;
        boolean inBreak = false;
        for (int i = from; i < to; i++) {
            boolean newline = text.charAt(i) == '\n';
            if (newline && !inBreak) {
                breaks++;
            }
            inBreak = newline || (inBreak && Character.isWhitespace(text.charAt(i)));
        }
        return breaks;
    }
}
