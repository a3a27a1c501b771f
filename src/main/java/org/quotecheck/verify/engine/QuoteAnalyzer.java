package org.quotecheck.verify.engine;

import org.apache.lucene.analysis.Analyzer;

/** Quotes are indexed with the project's own normalisation, word for word as claims are read: no stemming, no stop words. */
public final class QuoteAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new NormalizedWordTokenizer());
    }
}
