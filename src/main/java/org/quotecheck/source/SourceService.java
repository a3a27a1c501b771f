package org.quotecheck.source;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotecheck.common.TextRules;
import org.quotecheck.common.PageCursor;
import org.quotecheck.common.PublicId;
import org.quotecheck.common.WriteLocks;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.ProblemType;
import org.quotecheck.quote.Appearance;

@ApplicationScoped
public class SourceService {

    private final EntityManager em;

    SourceService(EntityManager em) {
        this.em = em;
    }

    /** Stores a new source; a url that is already stored (after normalisation) is a 409. */
    @Transactional
    public Source create(CreateSourceRequest request) {
        WriteLocks.lock(em, "source:" + UrlNormalizer.key(request.url()));
        Source existing = findByUrl(request.url());
        if (existing != null) {
            throw new ApiException(ProblemType.CONFLICT, "A source with this URL already exists: " + PublicId.SOURCE.format(existing.id) + ".",
                    List.of(), Map.of("existingId", PublicId.SOURCE.format(existing.id)));
        }
        return persist(request);
    }

    /** The stored source for this url, or a new one; an inline source in a quote never conflicts. */
    @Transactional
    public Source findOrCreate(CreateSourceRequest request) {
        WriteLocks.lock(em, "source:" + UrlNormalizer.key(request.url()));
        Source existing = findByUrl(request.url());
        return existing != null ? existing : persist(request);
    }

    public Source get(String publicId) {
        Source source = Source.findById(PublicId.SOURCE.parse(publicId));
        if (source == null) {
            throw ApiException.notFound("source", publicId);
        }
        return source;
    }

    public Source findByUrl(String url) {
        return Source.find("urlKey", UrlNormalizer.key(url)).firstResult();
    }

    public SourcePage list(PageCursor cursor, int limit, String outlet) {
        StringBuilder jpql = new StringBuilder("select s from Source s where 1 = 1");
        Parameters params = new Parameters();
        if (cursor != null) {
            jpql.append(" and s.id < :cursorId");
            params.and("cursorId", cursor.id());
        }
        if (outlet != null) {
            jpql.append(" and lower(s.outlet) like :outlet escape '\\'");
            params.and("outlet", likePrefix(outlet));
        }
        jpql.append(" order by s.id desc");
        var query = em.createQuery(jpql.toString(), Source.class).setMaxResults(limit + 1);
        params.map().forEach(query::setParameter);
        List<Source> rows = query.getResultList();
        boolean hasMore = rows.size() > limit;
        List<SourceResponse> data = new ArrayList<>();
        for (Source s : rows.subList(0, Math.min(limit, rows.size()))) {
            data.add(SourceResponse.of(s));
        }
        String next = hasMore ? new PageCursor(null, rows.get(limit - 1).id).encode() : null;
        return new SourcePage(data, next, hasMore);
    }

    public SourceDetailResponse detail(String publicId) {
        Source source = get(publicId);
        List<Appearance> appearances = em.createQuery(
                "select a from Appearance a join fetch a.quote q join fetch q.speaker where a.source = :source"
                        + " order by a.startOffset nulls last, a.id", Appearance.class)
                .setParameter("source", source)
                .getResultList();
        List<SourceDetailResponse.SourceQuote> quotes = new ArrayList<>();
        for (Appearance a : appearances) {
            quotes.add(new SourceDetailResponse.SourceQuote(PublicId.QUOTE.format(a.quote.id), a.quote.text,
                    PublicId.SPEAKER.format(a.quote.speaker.id), a.quote.speaker.name, a.startOffset, a.endOffset));
        }
        return new SourceDetailResponse(SourceResponse.of(source), quotes);
    }

    private Source persist(CreateSourceRequest request) {
        Source source = new Source();
        source.url = request.url().trim();
        source.urlKey = UrlNormalizer.key(request.url());
        source.archiveUrl = TextRules.trimToNull(request.archiveUrl());
        source.outlet = TextRules.trimToNull(request.outlet());
        source.title = TextRules.trimToNull(request.title());
        source.publishedOn = request.publishedOn();
        source.kind = request.kind() == null ? SourceKind.ARTICLE : request.kind();
        source.language = TextRules.trimToNull(request.language());
        source.agencies = request.agencies() == null ? new ArrayList<>() : request.agencies().stream().map(String::trim).distinct().toList();
        source.persist();
        return source;
    }

    static String likePrefix(String value) {
        return value.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

}
