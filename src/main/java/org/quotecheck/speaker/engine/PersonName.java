package org.quotecheck.speaker.engine;

/**
 * How a name as written relates to a stored name or alias, both normalised ({@code TextNormalizer.key}):
 * "putin" is the surname of "vladimir putin", "von der leyen" of "ursula von der leyen", and "xi" the
 * family name that comes first in "xi jinping".
 */
public final class PersonName {

    private PersonName() {
    }

    /** The mention is the last words of a personal name (not of a description such as "the prime minister"). */
    public static boolean isSurnameOf(String mention, String name) {
        return isPersonal(name) && name.length() > mention.length() && name.endsWith(" " + mention);
    }

    /** A one-word mention is the first word of a two- or three-word name, as family names come in Chinese or Korean names. */
    public static boolean isFamilyNameFirstOf(String mention, String name) {
        if (!isPersonal(name) || mention.indexOf(' ') >= 0 || !name.startsWith(mention + " ")) {
            return false;
        }
        int words = name.split(" ").length;
        return words == 2 || words == 3;
    }

    /** The last word of a name, which a surname look-up is indexed by. */
    public static String lastWord(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    private static boolean isPersonal(String name) {
        return !name.startsWith("the ") && !name.startsWith("a ") && name.indexOf(' ') > 0;
    }
}
