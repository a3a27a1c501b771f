package org.quotecheck.verify.engine;

import java.time.LocalDate;
import org.quotecheck.text.LanguageTags;

/**
 * A stored quote that might be the claim's source.
 *
 * @param speakerName    for showing it among the alternatives
 * @param date           when it was said: saidOn, or failing that its earliest publication
 * @param language       the language of the stored text (null when unknown)
 * @param spokenLanguage the language the words were spoken in (null when unknown)
 * @param utteranceId    the utterance it renders with other wordings, null when alone
 */
public record Candidate(long quoteId, String text, long speakerId, String speakerName, LocalDate date, String language,
        String spokenLanguage, Long utteranceId) {

    /** A quote whose languages are not known: judged word for word. */
    public Candidate(long quoteId, String text, long speakerId, String speakerName, LocalDate date) {
        this(quoteId, text, speakerId, speakerName, date, null, null, null);
    }

    /** Whether the text is a translation: it was spoken in another language than it is stored in. */
    public boolean isTranslation() {
        return LanguageTags.differ(language, spokenLanguage);
    }
}
