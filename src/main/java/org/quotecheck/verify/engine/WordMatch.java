package org.quotecheck.verify.engine;

import java.util.List;

/**
 * How a claim's words relate to one stored quote.
 *
 * @param kind      EXACT (the same words, editing marks aside), FRAGMENT (a contiguous or
 *                  ellipsis-joined part of it), ALTERED (close, with words changed, added or
 *                  dropped), NONE (not close)
 * @param score     0–1 similarity used for ranking: 1 for EXACT and FRAGMENT, Dice overlap of the
 *                  aligned words otherwise
 * @param coverage  the share of the stored quote's words the claim gives
 * @param diff      word diff from claim to source (for a fragment, over the quoted part only)
 * @param critical  whether an edit changes meaning (negation, number, opposite)
 * @param firstChange the first changed pair, for explanations: {claim words, source words}
 */
public record WordMatch(Kind kind, double score, double coverage, List<DiffOp> diff, boolean critical, String[] firstChange) {

    /** TRANSLATED: differs from a translation only in a translator's choices ({@link TranslationVariants}). */
    public enum Kind { EXACT, FRAGMENT, TRANSLATED, ALTERED, NONE }

    public static WordMatch none(double score) {
        return new WordMatch(Kind.NONE, score, 0, List.of(), false, null);
    }

    /** Higher is better: kind first, then score, then coverage. */
    public double rank() {
        double kindRank = switch (kind) {
            case EXACT -> 3;
            case FRAGMENT -> 2;
            case TRANSLATED -> 1.5;
            case ALTERED -> 1;
            case NONE -> 0;
        };
        return kindRank * 10 + score + coverage * 0.01;
    }
}
