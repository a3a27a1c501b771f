package org.quotecheck.verify.engine;

/** The answer to "did this person really say these words?", in order of precedence. */
public enum Verdict {
    NOT_FOUND, MISATTRIBUTED, ALTERED, WRONG_DATE, FRAGMENT, VERIFIED
}
