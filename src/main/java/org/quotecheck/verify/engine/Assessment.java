package org.quotecheck.verify.engine;

import java.util.List;

/**
 * The engine's answer for one claim.
 *
 * @param match        the candidate the verdict is about (null for NOT_FOUND)
 * @param words        how the claim's words relate to it
 * @param findings     every verdict that applies, in precedence order, then what is known of the speaker
 * @param alternatives other candidates worth showing, best first
 */
public record Assessment(Verdict verdict, List<Finding> findings, double confidence, Candidate match, WordMatch words,
        List<Scored> alternatives) {

    /** A candidate with its word match. */
    public record Scored(Candidate candidate, WordMatch words) {
    }
}
