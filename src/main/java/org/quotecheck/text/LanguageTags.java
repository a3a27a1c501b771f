package org.quotecheck.text;

import java.util.List;
import java.util.Locale;

/** BCP 47 language tags as quotes carry them: compared by their language, shown by its English name. */
public final class LanguageTags {

    private LanguageTags() {
    }

    /** The language subtag, lower case ("pt-BR" → "pt"); null for null. */
    public static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).trim().toLowerCase(Locale.ROOT);
    }

    /** Whether both are known and name the same language ("en-GB" and "en" do). */
    public static boolean same(String a, String b) {
        String x = language(a);
        return x != null && x.equals(language(b));
    }

    /** Whether both are known and name different languages: the text is a translation. */
    public static boolean differ(String a, String b) {
        String x = language(a);
        String y = language(b);
        return x != null && y != null && !x.equals(y);
    }

    /** "Russian" for "ru"; the tag itself when Java knows no name for it. */
    public static String englishName(String tag) {
        String language = language(tag);
        if (language == null) {
            return null;
        }
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name == null || name.isEmpty() || name.equalsIgnoreCase(language) ? tag : name;
    }

    /**
     * The language a quote was spoken in when nobody says: its text's language, unless the speaker
     * is known not to speak that one in public, then the speaker's usual language. Unknown (null)
     * when the text's language is: a quote of unknown language is never taken for a translation.
     */
    public static String spokenByDefault(String textLanguage, List<String> speakerLanguages) {
        if (textLanguage == null || textLanguage.isBlank()) {
            return null;
        }
        if (speakerLanguages == null || speakerLanguages.isEmpty()) {
            return textLanguage;
        }
        for (String spoken : speakerLanguages) {
            if (same(spoken, textLanguage)) {
                return textLanguage;
            }
        }
        return speakerLanguages.get(0);
    }
}
