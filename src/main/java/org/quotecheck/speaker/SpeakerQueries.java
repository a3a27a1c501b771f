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

    /** A role as the resolver reads it: who holds it and its words, nothing else. */
    record RoleRow(long speakerId, String title, String organization) {
    }

    /** Roles held on {@code date}, or with {@code former}, given up before it. */
    static List<RoleRow> roles(EntityManager em, LocalDate date, boolean former) {
        String when = former ? "valid_to is not null and valid_to < :d"
                : "(valid_from is null or valid_from <= :d) and (valid_to is null or valid_to >= :d)";
        List<jakarta.persistence.Tuple> rows = em.createNativeQuery("select speaker_id, title, organization from speaker_role where " + when
                        + " order by speaker_id", jakarta.persistence.Tuple.class)
                .setParameter("d", date)
                .getResultList();
        return rows.stream().map(r -> new RoleRow(((Number) r.get("speaker_id")).longValue(), (String) r.get("title"),
                (String) r.get("organization"))).toList();
    }

    /** The speakers with their roles in one statement: who holds an office is shown with the role (no look-up per speaker). */
    static List<Speaker> byIds(EntityManager em, java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.createQuery("select distinct s from Speaker s left join fetch s.roles where s.id in :ids order by s.id", Speaker.class)
                        .setParameter("ids", ids).getResultList();
    }
}
