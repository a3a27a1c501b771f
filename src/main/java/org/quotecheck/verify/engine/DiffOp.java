package org.quotecheck.verify.engine;

/**
 * One step of the word diff from a claim to the real words: {@code equal}, {@code replace} (claim
 * words stand where the source has others), {@code delete} (claim words the source does not have),
 * {@code insert} (source words the claim lacks). {@code critical} flags an edit that can change
 * the meaning: negation, numbers, opposites.
 */
public record DiffOp(String op, String claim, String source, boolean critical) {

    public static final String EQUAL = "equal";
    public static final String REPLACE = "replace";
    public static final String DELETE = "delete";
    public static final String INSERT = "insert";
}
