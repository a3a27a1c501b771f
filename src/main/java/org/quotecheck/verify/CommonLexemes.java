package org.quotecheck.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The words (English lexemes) that too many quotes share to narrow a search ("said", "peopl",
 * "countri"), read from PostgreSQL's own statistics of quote.search_vector (pg_stats
 * most_common_elems, kept by ANALYZE and autovacuum): selection of rare words by document frequency
 * without a table of our own to maintain. Refreshed every few minutes; per pod.
 */
@ApplicationScoped
public class CommonLexemes {

    /**
     * A lexeme in more quotes than this is common. What a look-up costs is the length of its posting
     * list, so the bound is a number of quotes, not a share: in a small store nothing is common.
     */
    static final int COMMON_QUOTES = 500;
    private static final Duration REFRESH = Duration.ofMinutes(5);

    private final EntityManager em;
    private volatile Set<String> common = Set.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    CommonLexemes(EntityManager em) {
        this.em = em;
    }

    /** The current list; called inside a transaction. */
    public Set<String> get() {
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
        List<String> rows = em.createNativeQuery(SQL).getResultList();
        common = Set.copyOf(rows);
        loadedAt = Instant.now();
    }

    /** The common lexemes from the statistics (also run by the scale benchmark). */
    public static final String SQL = "select x.e from pg_stats s cross join lateral unnest(cast(cast(s.most_common_elems as text) as text[]),"
            + " s.most_common_elem_freqs) as x(e, f), pg_class c where s.schemaname = current_schema() and s.tablename = 'quote'"
            + " and s.attname = 'search_vector' and c.oid = to_regclass('quote') and x.e is not null"
            + " and x.f * greatest(c.reltuples, 0) > " + COMMON_QUOTES;
}
