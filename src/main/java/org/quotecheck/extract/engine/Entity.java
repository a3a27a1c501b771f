package org.quotecheck.extract.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One person or body the text talks about, with what the text says about it. */
final class Entity {
    List<String> tokens;
    String display; // the name as written ("Brian M. Good")
    final Set<String> descriptors = new HashSet<>();
    char gender; // 'm', 'f' or 0 when unknown
    boolean speaks;   // seen as the subject or object of a speech verb
    boolean titled;   // introduced with a title or role ("President", "meteorologist", ", a teacher at")
    boolean placeLike = true; // every mention so far followed a preposition ("in Kenya", "to San Diego")

    Entity(List<String> tokens, String display) {
        this.tokens = tokens;
        this.display = display;
    }

    /** A name that ends in an organisation word ("Richmond High School") is a body, never "he" or "she". */
    boolean organisation() {
        return Lexicon.ORGANISATION_WORDS.contains(lastToken());
    }

    boolean strongPerson() {
        return !organisation() && (speaks || titled || gender != 0);
    }

    boolean weakPerson() {
        return !organisation() && tokens.size() >= 2 && !placeLike;
    }

    String name() {
        return display;
    }

    String lastToken() {
        return tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT);
    }
}
