package org.quotecheck.extract.engine;

/** Runs one attribution rule on one quote of a paragraph, as the extractor would, for the rules' own tests. */
final class RuleFixture {

    private RuleFixture() {
    }

    /** The speaker's name (or, for an unnamed speaker, "unnamed: " + the mention) the rule gives the n-th quote; null if none. */
    static String speaker(AttributionRule rule, String text, int quote) {
        Article article = new QuoteExtractor().analyse(text);
        Attribution a = rule.attribute(article, QuoteExtractor.site(article, article.spans.get(quote), null, -1, -1));
        if (a == null) {
            return null;
        }
        return a.mention().entity == null ? "unnamed: " + a.mention().text : a.mention().entity.name();
    }
}
