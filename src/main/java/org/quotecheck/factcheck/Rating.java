package org.quotecheck.factcheck;

/**
 * A fact-check's rating: the six verdicts of verification plus two for a human's judgement. For
 * schema.org ClaimReview each maps to a number from 1 (worst) to 5 (best) and a plain-English
 * alternateName (the README's table).
 */
public enum Rating {
    VERIFIED(5, "Accurate quote"),
    FRAGMENT(4, "Accurate but partial quote"),
    MISLEADING_CONTEXT(3, "Accurate words, misleading context"),
    WRONG_DATE(3, "Accurate words, wrong date"),
    ALTERED(2, "Altered quote"),
    UNSUPPORTED(2, "Unsupported: no record found either way"),
    MISATTRIBUTED(1, "Misattributed"),
    NOT_FOUND(1, "No record of this quote");

    public static final int BEST = 5;
    public static final int WORST = 1;

    private final int value;
    private final String alternateName;

    Rating(int value, String alternateName) {
        this.value = value;
        this.alternateName = alternateName;
    }

    public int value() {
        return value;
    }

    public String alternateName() {
        return alternateName;
    }
}
