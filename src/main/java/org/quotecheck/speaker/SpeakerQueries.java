package org.quotecheck.speaker;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/** The look-ups the resolver makes, each on an index (V9 indexes the first and last word of an alias). */
final class SpeakerQueries {

    private SpeakerQueries() {
    }

    static List<Speaker> byAliasKey(EntityManager em, String key) {
        return em.createQuery("select s from Speaker s where s.id in (select a.speaker.id from SpeakerAlias a where a.aliasKey = :key) order by s.id", Speaker.class)
                .setParameter("key", key)
                .getResultList();
    }

    /** Aliases whose last word is {@code word}. */
    static List<SpeakerAlias> aliasesEndingWith(EntityManager em, String word) {
        return em.createNativeQuery("select * from speaker_alias where substring(alias_key from '[^ ]+$') = :word order by speaker_id, id",
                        SpeakerAlias.class)
                .setParameter("word", word)
                .getResultList();
    }

    /** Aliases whose first word is {@code word}. */
    static List<SpeakerAlias> aliasesStartingWith(EntityManager em, String word) {
        return em.createNativeQuery("select * from speaker_alias where split_part(alias_key, ' ', 1) = :word order by speaker_id, id",
                        SpeakerAlias.class)
                .setParameter("word", word)
                .getResultList();
    }

    /** Roles held on {@code date}, or with {@code former}, given up before it. */
    static List<SpeakerRole> roles(EntityManager em, LocalDate date, boolean former) {
        String when = former ? "r.validTo is not null and r.validTo < :d"
                : "(r.validFrom is null or r.validFrom <= :d) and (r.validTo is null or r.validTo >= :d)";
        return em.createQuery("select r from SpeakerRole r join fetch r.speaker where " + when + " order by r.speaker.id", SpeakerRole.class)
                .setParameter("d", date)
                .getResultList();
    }
}
