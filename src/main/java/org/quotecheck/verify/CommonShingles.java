package org.quotecheck.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The word-bigram hashes that too many quotes share to narrow a search ("i think", "the president"),
 * read from PostgreSQL's own column statistics (pg_stats.most_common_elems of quote.shingles, kept
 * by ANALYZE and autovacuum): selection of rare shingles by document frequency without a table of
 * our own to maintain. Refreshed every few minutes; per pod.
 */
@ApplicationScoped
public class CommonShingles {

    /** A shingle found in more than this share of quotes is too common to retrieve by. */
    static final double MAX_SHARE = 0.0002;
    private static final Duration REFRESH = Duration.ofMinutes(5);

    private final EntityManager em;
    private volatile Long[] common = new Long[0];
    private volatile Instant loadedAt = Instant.EPOCH;

    CommonShingles(EntityManager em) {
        this.em = em;
    }

    /** The current list; called inside a transaction. */
    public Long[] get() {
        if (loadedAt.plus(REFRESH).isBefore(Instant.now())) {
            load();
        }
        return common;
    }

    private synchronized void load() {
        if (!loadedAt.plus(REFRESH).isBefore(Instant.now())) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(most_common_elems as text), cast(most_common_elem_freqs as text)"
                + " from pg_stats where schemaname = current_schema() and tablename = 'quote' and attname = 'shingles'").getResultList();
        List<Long> found = new ArrayList<>();
        if (!rows.isEmpty() && rows.get(0)[0] != null) {
            String[] elems = strip((String) rows.get(0)[0]).split(",");
            String[] freqs = strip((String) rows.get(0)[1]).split(",");
            for (int i = 0; i < elems.length && i < freqs.length; i++) {
                if (Double.parseDouble(freqs[i]) > MAX_SHARE) {
                    found.add(Long.parseLong(elems[i].trim()));
                }
            }
        }
        common = found.toArray(new Long[0]);
        loadedAt = Instant.now();
    }

    private static String strip(String array) {
        return array.replace("{", "").replace("}", "");
    }
}
