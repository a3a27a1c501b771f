package org.quotecheck.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Idempotency keys in PostgreSQL, so a retry that lands on another pod is recognised too. A row is
 * claimed before the request runs and completed with its response after.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** What a claim found: nothing (the caller now owns the key) or an earlier request's row. */
    public record Existing(byte[] requestHash, Integer status, String body, String mediaType, String location) {
    }

    /** Rows are kept this long at least; older ones are removed now and then. */
    static final String RETENTION = "25 hours";

    private final EntityManager em;
    private final AtomicLong claims = new AtomicLong();

    IdempotencyStore(EntityManager em) {
        this.em = em;
    }

    /** Claims (caller, key) for this request, or returns what an earlier request stored under it. */
    @Transactional(TxType.REQUIRES_NEW)
    public Existing claim(String caller, String key, String method, String path, byte[] requestHash) {
        if (claims.incrementAndGet() % 500 == 1) {
            em.createNativeQuery("delete from idempotency_key where created_at < now() - cast('" + RETENTION + "' as interval)").executeUpdate();
        }
        int inserted = em.createNativeQuery("insert into idempotency_key (caller, idem_key, request_method, request_path, request_hash)"
                        + " values (:caller, :key, :method, :path, :hash) on conflict do nothing")
                .setParameter("caller", caller).setParameter("key", key).setParameter("method", method)
                .setParameter("path", path).setParameter("hash", requestHash)
                .executeUpdate();
        if (inserted == 1) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, response_status, response_body, response_type, response_location"
                        + " from idempotency_key where caller = :caller and idem_key = :key")
                .setParameter("caller", caller).setParameter("key", key).getResultList();
        if (rows.isEmpty()) {
            return null; // removed meanwhile by a failed first attempt; proceed as new
        }
        Object[] r = rows.get(0);
        return new Existing((byte[]) r[0], r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4]);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void complete(String caller, String key, int status, String body, String mediaType, String location) {
        em.createNativeQuery("update idempotency_key set response_status = :status, response_body = :body, response_type = :type,"
                        + " response_location = :location where caller = :caller and idem_key = :key")
                .setParameter("status", status).setParameter("body", body).setParameter("type", mediaType)
                .setParameter("location", location).setParameter("caller", caller).setParameter("key", key)
                .executeUpdate();
    }

    /** Forgets a key whose request failed on our side, so that the client's retry runs again. */
    @Transactional(TxType.REQUIRES_NEW)
    public void release(String caller, String key) {
        em.createNativeQuery("delete from idempotency_key where caller = :caller and idem_key = :key")
                .setParameter("caller", caller).setParameter("key", key).executeUpdate();
    }
}
