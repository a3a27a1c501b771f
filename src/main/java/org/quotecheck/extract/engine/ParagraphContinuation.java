package org.quotecheck.extract.engine;

/**
 * A quote that opens a sentence with no attribution of its own goes on with the last speaker: the next
 * sentence of the same paragraph ("…," Smith said. "…"), or a paragraph that is a quote after the
 * speaker's paragraph, a multi-paragraph quote included, when nobody else has been named in between.
 */
final class ParagraphContinuation implements AttributionRule {

    /** How many paragraphs later a quote may still continue (a photo caption may stand between). */
    static final int MAX_PARAGRAPHS = 2;

    @Override
    public Attribution attribute(Article a, QuoteSite s) {
        Attribution previous = s.previous();
        if (previous == null || !s.opensSentence(a)) {
            return null;
        }
        QuoteSpan span = s.span();
        boolean sameParagraph = span.paragraph() == s.previousParagraph()
                && !unquotedSentenceBetween(a, s.previousEndWord(), s.lastBefore());
        boolean nextParagraph = startsParagraph(a.text, span) && span.paragraph() > s.previousParagraph()
                && span.paragraph() - s.previousParagraph() <= MAX_PARAGRAPHS
                && onlyMentions(a, s.previousEndWord(), s.lastBefore(), previous.mention().entity);
        if (!sameParagraph && !nextParagraph) {
            return null;
        }
        return new Attribution(previous.mention(), Math.min(previous.confidence(), 0.7), getClass().getSimpleName());
    }

    /** Whether a sentence with no quote in it lies between two quotes (then the second does not inherit the first's speaker). */
    private static boolean unquotedSentenceBetween(Article a, int from, int to) {
        if (from < 0) {
            return true;
        }
        for (int s = a.sentenceStarts.nextSetBit(Math.max(0, from)); s >= 0 && s <= to; s = a.sentenceStarts.nextSetBit(s + 1)) {
            int end = a.sentenceStarts.nextSetBit(s + 1);
            int last = end < 0 ? a.size() - 1 : end - 1;
            if (last > to) {
                break;
            }
            boolean anyQuoted = false;
            for (int k = s; k <= last; k++) {
                anyQuoted |= a.word(k).quoted();
            }
            if (!anyQuoted && last >= s && s > from) {
                return true;
            }
        }
        return false;
    }

    /** Whether every person named between two words is {@code entity} (or nobody is). */
    private static boolean onlyMentions(Article a, int from, int to, Entity entity) {
        for (int i = a.firstMentionFrom(Math.max(0, from)); i < a.mentions.size() && a.mentions.get(i).firstWord <= to; i++) {
            Mention m = a.mentions.get(i);
            if (m.lastWord <= to && m.is(Mention.Kind.NAME) && m.entity != null && m.entity != entity
                    && (m.entity.strongPerson() || m.entity.weakPerson())) {
                return false;
            }
        }
        return true;
    }

    static boolean startsParagraph(String text, QuoteSpan span) {
        for (int i = span.open() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
