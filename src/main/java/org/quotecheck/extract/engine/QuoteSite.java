package org.quotecheck.extract.engine;

/**
 * One quote as the attribution rules see it: its span, the last word before the opening mark, the first
 * word after the closing mark, the first word of its sentence, and the attribution of the quote before it.
 */
record QuoteSite(QuoteSpan span, int lastBefore, int firstAfter, int sentenceFirst, Attribution previous, int previousParagraph,
        int previousEndWord) {

    /**
     * The punctuation between the last word before the quote and its opening mark, trimmed (":" in
     * {@code said: "…"}); null when the quote opens its sentence.
     */
    String lead(Article article) {
        if (lastBefore < sentenceFirst || lastBefore < 0) {
            return null;
        }
        return article.text.substring(article.word(lastBefore).end(), span.open()).trim();
    }

    /** No outside word stands between the sentence's start and the quote. */
    boolean opensSentence(Article article) {
        return article.outsideWordsBetween(sentenceFirst, lastBefore) == 0;
    }
}
