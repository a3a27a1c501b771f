package org.quotecheck.verify.engine;

/**
 * Something true of a claim: every verdict that applies, in the verdicts' order of precedence, and
 * what is known of the claimed speaker beside them.
 */
public enum Finding {
    NOT_FOUND, MISATTRIBUTED, ALTERED, WRONG_DATE, FRAGMENT, VERIFIED,
    /**
     * The match is a translation (the speaker spoke another language) and the claim differs from it
     * only in a translator's choices: synonyms, function words, inflection, word order. Not a verdict of its own.
     */
    TRANSLATION_VARIANT,
    /**
     * The claimed speaker is nobody in the store: the verdict is on the words alone. MISATTRIBUTED is
     * kept for a stored speaker who did not say them.
     */
    SPEAKER_UNKNOWN,
    /**
     * The candidate search (the word index) could not be reached: only quotes worded exactly like the
     * claim were looked for, so the verdict may be NOT_FOUND for an altered or shortened quote. Added
     * by the service, never by the engine.
     */
    EXACT_WORDING_ONLY;

    public static Finding of(Verdict verdict) {
        return valueOf(verdict.name());
    }
}
