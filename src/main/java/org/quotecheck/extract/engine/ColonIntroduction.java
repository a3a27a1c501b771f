package org.quotecheck.extract.engine;

/**
 * The Kremlin's spokesman had a message for the West: "…": a quote after a colon that ends a clause
 * whose subject is a person or a body, with no speech verb, belongs to that subject.
 */
final class ColonIntroduction implements AttributionRule {

    @Override
    public Attribution attribute(Article a, QuoteSite s) {
        int last = s.lastBefore();
        String lead = s.lead(a);
        if (lead == null || !lead.endsWith(":")) {
            return null;
        }
        Mention subject = SpeakerVerbThenQuote.firstMention(a, s.sentenceFirst(), last + 1);
        if (subject == null || subject.firstWord != s.sentenceFirst() && a.outsideWordsBetween(s.sentenceFirst(), subject.firstWord - 1) > 3) {
            return null;
        }
        boolean body = subject.entity == null ? subject.is(Mention.Kind.DESCRIPTION)
                : subject.entity.strongPerson() || subject.entity.weakPerson() || subject.entity.organisation();
        return body ? new Attribution(subject, 0.7, getClass().getSimpleName()) : null;
    }
}
