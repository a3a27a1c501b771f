package org.quotecheck.extract.engine;

/**
 * "…," said X / "…," X said / "…?" Wallace asked / "…" X, a spokesman for Y, told reporters / "…" in that
 * law, Smith said: a speech verb after the quote in the same sentence, its subject before or after it. A
 * full stop after the closing mark ends the sentence, and what follows belongs to the next one.
 */
final class QuoteThenSpeakerVerb implements AttributionRule {

    /** Words of other material that may stand between the closing mark and the speaker ("in that law, Smith said"). */
    static final int MAX_MATERIAL_WORDS = 8;

    /** How far after the quote the speech verb may stand, appositives included. */
    static final int MAX_VERB_DISTANCE = 32;

    @Override
    public Attribution attribute(Article a, QuoteSite s) {
        QuoteSpan span = s.span();
        int from = s.firstAfter();
        if (span.close() < 0 || from >= a.size() || a.word(from).quoted()) {
            return null;
        }
        String gap = a.text.substring(span.close() + 1, a.word(from).start());
        if (gap.indexOf('\n') >= 0 || gap.indexOf('.') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0) {
            return null; // Putin said relations "are at their best". Xi called …: the next sentence is not this quote's
        }
        if (a.text.charAt(span.end() - 1) == '.' && a.sentenceStarts.get(from)) {
            return null;
        }
        int end = Math.min(a.sentenceEnd(from), from + MAX_VERB_DISTANCE);
        for (int k = from; k < end; k++) {
            if (a.word(k).quoted()) {
                return null;
            }
            if (a.isSpeechVerb(k)) {
                Mention subject = SpeechClause.subjectOf(a, k, from);
                if (subject != null && subject.firstWord - from <= MAX_MATERIAL_WORDS) {
                    return new Attribution(subject, 0.95, getClass().getSimpleName());
                }
                if (k - from <= MAX_MATERIAL_WORDS) {
                    Mention inverted = SpeechClause.subjectAfter(a, k);
                    if (inverted != null) {
                        return new Attribution(inverted, 0.95, getClass().getSimpleName());
                    }
                }
                return null;
            }
        }
        return null;
    }
}
