package org.quotecheck.common;

import jakarta.persistence.EntityManager;

/**
 * Serialises concurrent creation of the same thing (a speaker name, a source URL, a quote's
 * wording) across threads and pods with a PostgreSQL transaction-scoped advisory lock, so that
 * racing writers find each other's row instead of colliding on a unique index.
 */
public final class WriteLocks {

    private WriteLocks() {
    }

    public static void lock(EntityManager em, String what) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:what, 0))").setParameter("what", what).getSingleResult();
    }
}
