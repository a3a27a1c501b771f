package org.quotecheck.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.quotecheck.common.PublicId;
import org.quotecheck.error.ApiException;
import org.quotecheck.quote.Appearance;
import org.quotecheck.quote.Quote;

/** Reads the Envers audit tables into a readable history. */
@ApplicationScoped
public class HistoryService {

    private final EntityManager em;

    HistoryService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public QuoteHistory quoteHistory(String publicId) {
        long id = PublicId.QUOTE.parse(publicId);
        if (Quote.findById(id) == null) {
            throw ApiException.notFound("quote", publicId);
        }
        AuditReader reader = AuditReaderFactory.get(em);
        List<QuoteHistory.Revision> revisions = revisions(Quote.class, id, HistoryService::fields, "retracted");
        @SuppressWarnings("unchecked")
        List<Object[]> appearanceRevisions = reader.createQuery().forRevisionsOfEntity(Appearance.class, false, true)
                .add(AuditEntity.relatedId("quote").eq(id)).add(AuditEntity.revisionType().eq(RevisionType.ADD))
                .addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        for (Object[] row : appearanceRevisions) {
            Appearance appearance = (Appearance) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("id", PublicId.SOURCE.format(appearance.source.id));
            source.put("url", appearance.source.url);
            source.put("outlet", appearance.source.outlet);
            revisions.add(new QuoteHistory.Revision(revision.id, Instant.ofEpochMilli(revision.timestamp), revision.actor, "appearance-added",
                    List.of(new QuoteHistory.FieldChange("source", null, source))));
        }
        revisions.sort(Comparator.comparingLong(QuoteHistory.Revision::revision)
                .thenComparing(r -> r.action().equals("appearance-added") ? 1 : 0));
        return new QuoteHistory(publicId, revisions);
    }

    /**
     * The revisions of one audited entity with the fields that changed in each; a change of status
     * to {@code terminalStatus} is named after it ("retracted", "withdrawn").
     */
    public <T> List<QuoteHistory.Revision> revisions(Class<T> type, long id, java.util.function.Function<T, Map<String, Object>> fieldsOf,
            String terminalStatus) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<QuoteHistory.Revision> revisions = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Map<String, Object> previous = null;
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = fieldsOf.apply((T) row[0]);
            AuditRevision revision = (AuditRevision) row[1];
            List<QuoteHistory.FieldChange> changes = new ArrayList<>();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                Object before = previous == null ? null : previous.get(field.getKey());
                if (!Objects.equals(before, field.getValue())) {
                    changes.add(new QuoteHistory.FieldChange(field.getKey(), before, field.getValue()));
                }
            }
            boolean ended = terminalStatus.equals(fields.get("status")) && previous != null && !terminalStatus.equals(previous.get("status"));
            String action = switch ((RevisionType) row[2]) {
                case ADD -> "created";
                case DEL -> "deleted";
                case MOD -> ended ? terminalStatus : "updated";
            };
            if (!changes.isEmpty() || row[2] != RevisionType.MOD) {
                revisions.add(new QuoteHistory.Revision(revision.id, Instant.ofEpochMilli(revision.timestamp), revision.actor, action, changes));
            }
            previous = fields;
        }
        return revisions;
    }

    private static Map<String, Object> fields(Quote q) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", q.text);
        fields.put("speaker", q.speaker == null ? null : Map.of("id", PublicId.SPEAKER.format(q.speaker.id), "name", q.speaker.name));
        fields.put("saidOn", q.saidOn == null ? null : q.saidOn.toString());
        fields.put("language", q.language);
        fields.put("context", q.context);
        fields.put("status", q.status == null ? null : q.status.value());
        fields.put("retractionReason", q.retractionReason);
        return fields;
    }
}
