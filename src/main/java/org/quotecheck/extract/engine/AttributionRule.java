package org.quotecheck.extract.engine;

/** One way news English tells who said a quote; null when this rule does not apply. */
interface AttributionRule {

    Attribution attribute(Article article, QuoteSite site);
}
