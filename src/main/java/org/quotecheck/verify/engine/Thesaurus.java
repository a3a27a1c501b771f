package org.quotecheck.verify.engine;

import java.util.Set;

/**
 * What the engine needs to know of English words to tell a translator's choice from a changed
 * meaning. Words and phrases are in normalised form (lower case, no apostrophes); a phrase is words
 * joined by single spaces ("go through"). Implementations are thread-safe.
 */
public interface Thesaurus {

    /** The word's base forms ("relations" → "relation", "went" → "go"), the word itself included. */
    Set<String> baseForms(String word);

    /** Whether a translator could write one for the other: the same sense, or a sense directly above or below it. */
    boolean synonymous(String a, String b);

    /**
     * The base forms and the words derived from the same root in another part of speech ("opposition"
     * → "oppose"), for telling opposites apart whatever their part of speech; by default the base forms.
     */
    default Set<String> relatedForms(String word) {
        return baseForms(word);
    }

    /** Whether the two are opposites in some sense ("accept" / "reject"). */
    boolean opposite(String a, String b);

    /** A thesaurus that knows no word: every difference is unexplained. */
    Thesaurus NONE = new Thesaurus() {
        @Override
        public Set<String> baseForms(String word) {
            return Set.of(word);
        }

        @Override
        public boolean synonymous(String a, String b) {
            return false;
        }

        @Override
        public boolean opposite(String a, String b) {
            return false;
        }
    };
}
