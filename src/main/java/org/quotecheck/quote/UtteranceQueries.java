package org.quotecheck.quote;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The statements on utterances (the table of labels shared by the wordings of one utterance, migration V10). */
public final class UtteranceQueries {

    private UtteranceQueries() {
    }

    /** The utterance with this label, created when there is none (two writers of one label get one utterance). */
    static long withLabel(EntityManager em, String label) {
        Number id = (Number) em.createNativeQuery("insert into utterance (label) values (:label)"
                        + " on conflict (label) do update set label = excluded.label returning id")
                .setParameter("label", label).getSingleResult();
        return id.longValue();
    }

    /** A new utterance labelled by its number ("ut_7"), for wordings linked without a label. */
    static long create(EntityManager em) {
        Number id = (Number) em.createNativeQuery("insert into utterance (id, label) select n, 'ut_' || n from nextval('utterance_seq') n returning id")
                .getSingleResult();
        return id.longValue();
    }

    /** Labels of these utterances. */
    public static Map<Long, String> labels(EntityManager em, List<Long> ids) {
        Map<Long, String> labels = new HashMap<>();
        if (ids.isEmpty()) {
            return labels;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, label from utterance where id = any(cast(:ids as bigint[]))")
                .setParameter("ids", ids.toArray(Long[]::new)).getResultList();
        for (Object[] r : rows) {
            labels.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return labels;
    }
}
