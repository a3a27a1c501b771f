package org.quotecheck.extract.engine;

/**
 * One quote as the attribution rules see it: its span, the last word before the opening mark, the first
 * word after the closing mark, the first word of its sentence, and the attribution of the quote before it.
 */
record QuoteSite(QuoteSpan span, int lastBefore, int firstAfter, int sentenceFirst, Attribution previous, int previousParagraph,
        int previousEndWord) {

    /** No outside word stands between the sentence's start and the quote. */
    boolean opensSentence(Article article) {
        return article.outsideWordsBetween(sentenceFirst, lastBefore) == 0;
    }
}
