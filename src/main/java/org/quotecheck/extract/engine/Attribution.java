package org.quotecheck.extract.engine;

/** Who a rule says spoke a quote: the mention it points at (its entity may be null: unnamed) and how sure it is. */
record Attribution(Mention mention, double confidence, String rule) {
}
