package org.quotecheck.factcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotecheck.common.TextRules;
import org.quotecheck.app.QuotecheckConfig;
import org.quotecheck.audit.HistoryService;
import org.quotecheck.audit.QuoteHistory;
import org.quotecheck.common.ETags;
import org.quotecheck.common.PageCursor;
import org.quotecheck.common.PublicId;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.ProblemType;
import org.quotecheck.quote.Quote;
import org.quotecheck.security.Caller;
import org.quotecheck.security.Role;
import org.quotecheck.speaker.Speaker;
import org.quotecheck.speaker.SpeakerResolver;
import org.quotecheck.speaker.SpeakerService;
import org.quotecheck.verify.VerifyRequest;
import org.quotecheck.verify.VerifyResponse;
import org.quotecheck.verify.VerifyService;

@ApplicationScoped
public class FactCheckService {

    private final EntityManager em;
    private final SpeakerService speakers;
    private final SpeakerResolver resolver;
    private final VerifyService verifier;
    private final HistoryService history;
    private final QuotecheckConfig config;
    private final Caller caller;

    FactCheckService(EntityManager em, SpeakerService speakers, SpeakerResolver resolver, VerifyService verifier, HistoryService history,
            QuotecheckConfig config, Caller caller) {
        this.em = em;
        this.speakers = speakers;
        this.resolver = resolver;
        this.verifier = verifier;
        this.history = history;
        this.config = config;
        this.caller = caller;
    }

    @Transactional
    public FactCheckResponse create(FactCheckRequest request) {
        FactCheck f = new FactCheck();
        apply(f, request);
        f.persist();
        em.flush();
        return FactCheckResponse.of(f);
    }

    @Transactional
    public FactCheckResponse update(String publicId, FactCheckRequest request, ETags.Precondition expectedVersion) {
        FactCheck f = find(publicId);
        ETags.check(expectedVersion, f.version);
        apply(f, request);
        f.updatedAt = java.time.Instant.now(); // evidence rows alone must move the version too
        em.flush();
        return FactCheckResponse.of(f);
    }

    @Transactional
    public FactCheckResponse get(String publicId) {
        return FactCheckResponse.of(find(publicId));
    }

    @Transactional
    public Map<String, Object> claimReview(String publicId) {
        return ClaimReviews.of(find(publicId));
    }

    @Transactional
    public List<QuoteHistory.Revision> history(String publicId) {
        FactCheck f = find(publicId);
        return history.revisions(FactCheck.class, f.id, FactCheckService::fields, "withdrawn");
    }

    /** Verifies a claim and records the verdict as a draft fact-check pre-filled with its evidence. */
    @Transactional
    public VerifyResponse verifyAndRecord(VerifyRequest request) {
        if (caller.role() == null || !caller.role().includes(Role.EDITOR)) {
            throw new ApiException(ProblemType.FORBIDDEN, "Recording a fact-check needs the editor role.", List.of(), Map.of("requiredRole", "editor"));
        }
        VerifyResponse verdict = verifier.verify(request);
        FactCheck f = new FactCheck();
        f.claimText = request.text();
        f.claimant = TextRules.trimToNull(request.speaker());
        if (verdict.claimedSpeaker() != null && verdict.claimedSpeaker().resolved().size() == 1) {
            f.speaker = em.find(Speaker.class, PublicId.SPEAKER.parse(verdict.claimedSpeaker().resolved().get(0).id()));
        } else if (f.claimant == null && verdict.match() != null) {
            f.speaker = em.find(Speaker.class, PublicId.SPEAKER.parse(verdict.match().speaker().id()));
        }
        f.appearanceDate = request.date();
        f.rating = Rating.valueOf(verdict.verdict().name());
        f.reviewerName = config.factchecks().reviewerName();
        f.reviewerUrl = config.factchecks().reviewerUrl().orElse(null);
        f.authorName = caller.name();
        f.reviewDate = LocalDate.now();
        f.explanation = verdict.explanation();
        if (verdict.match() != null) {
            f.evidence.add(em.find(Quote.class, PublicId.QUOTE.parse(verdict.match().id())));
        }
        f.persist();
        return verdict.withFactCheckId(PublicId.FACTCHECK.format(f.id));
    }

    @Transactional
    public FactCheckPage search(FactCheckSearch s) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (s.query() != null) {
            where.append(" and f.search_vector @@ websearch_to_tsquery('english', :query)");
            params.put("query", s.query());
        }
        if (s.languageCode() != null) {
            where.append(" and lower(f.language) = lower(:language)");
            params.put("language", s.languageCode());
        }
        if (s.reviewPublisherSiteFilter() != null) {
            where.append(" and (strpos(lower(coalesce(f.reviewer_url, '')), lower(:site)) > 0 or strpos(lower(coalesce(f.article_url, '')), lower(:site)) > 0)");
            params.put("site", s.reviewPublisherSiteFilter());
        }
        if (s.maxAgeDays() != null) {
            where.append(" and f.review_date >= current_date - :age");
            params.put("age", s.maxAgeDays());
        }
        if (s.speaker() != null) {
            List<Long> ids = speakers.filter("speaker", s.speaker(), null);
            where.append(" and f.speaker_id in (:speakers)");
            params.put("speakers", ids);
        }
        if (s.rating() != null) {
            where.append(" and f.rating = :rating");
            params.put("rating", s.rating().name());
        }
        if (s.status() != null) {
            where.append(" and f.status = :status");
            params.put("status", s.status().value());
        }
        if (s.pageToken() != null) {
            where.append(" and f.id < :after");
            params.put("after", s.pageToken().id());
        }
        var query = em.createNativeQuery("select f.id from factcheck f" + where + " order by f.id desc limit :limit");
        params.forEach(query::setParameter);
        query.setParameter("limit", s.pageSize() + 1);
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        boolean more = ids.size() > s.pageSize();
        List<Long> page = ids.subList(0, Math.min(ids.size(), s.pageSize())).stream().map(Number::longValue).toList();
        return new FactCheckPage(load(page).stream().map(FactCheckResponse::of).toList(),
                more ? new PageCursor(null, page.get(page.size() - 1)).encode() : null);
    }

    /** Published fact-checks as a schema.org DataFeed of ClaimReviews, newest first, paged. */
    @Transactional
    public Map<String, Object> feed(int pageSize, PageCursor token) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from factcheck where status = 'published' and id < :after order by id desc limit :limit")
                .setParameter("after", token == null ? Long.MAX_VALUE : token.id()).setParameter("limit", pageSize + 1).getResultList();
        boolean more = ids.size() > pageSize;
        List<Long> page = ids.subList(0, Math.min(ids.size(), pageSize)).stream().map(Number::longValue).toList();
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (FactCheck f : load(page)) {
            Map<String, Object> review = ClaimReviews.of(f);
            review.remove("@context");
            reviews.add(review);
        }
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("@context", "https://schema.org");
        feed.put("@type", "DataFeed");
        feed.put("name", config.factchecks().reviewerName() + " fact-checks");
        feed.put("dataFeedElement", reviews);
        if (more) {
            feed.put("nextPageToken", new PageCursor(null, page.get(page.size() - 1)).encode());
        }
        return feed;
    }

    private List<FactCheck> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, FactCheck> byId = new HashMap<>();
        em.createQuery("select distinct f from FactCheck f left join fetch f.speaker left join fetch f.evidence where f.id in :ids", FactCheck.class)
                .setParameter("ids", ids).getResultList().forEach(f -> byId.put(f.id, f));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private FactCheck find(String publicId) {
        FactCheck f = FactCheck.findById(PublicId.FACTCHECK.parse(publicId));
        if (f == null) {
            throw ApiException.notFound("fact-check", publicId);
        }
        return f;
    }

    private void apply(FactCheck f, FactCheckRequest r) {
        f.claimText = r.claim();
        f.claimant = TextRules.trimToNull(r.claimant());
        if (r.speakerId() != null && !r.speakerId().isBlank()) {
            f.speaker = speakers.getReferenced("speakerId", r.speakerId());
        } else if (f.claimant != null) {
            List<Speaker> found = resolver.resolveAt(f.claimant, r.appearanceDate());
            f.speaker = found.size() == 1 ? found.get(0) : null;
        } else {
            f.speaker = null;
        }
        f.appearanceUrl = TextRules.trimToNull(r.appearanceUrl());
        f.appearanceDate = r.appearanceDate();
        f.rating = r.rating();
        f.reviewerName = r.reviewerName().trim();
        f.reviewerUrl = TextRules.trimToNull(r.reviewerUrl());
        f.authorName = TextRules.trimToNull(r.authorName());
        f.reviewDate = r.reviewDate();
        f.explanation = TextRules.trimToNull(r.explanation());
        f.articleUrl = TextRules.trimToNull(r.articleUrl());
        f.language = r.language() == null || r.language().isBlank() ? "en" : r.language().trim();
        f.status = r.status() == null ? FactCheckStatus.DRAFT : r.status();
        f.evidence.clear();
        List<String> evidence = r.evidence() == null ? List.of() : r.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            Long id = PublicId.QUOTE.tryParse(evidence.get(i));
            Quote q = id == null ? null : Quote.findById(id);
            if (q == null) {
                throw ApiException.invalidField("evidence[" + i + "]", "no quote with id '" + evidence.get(i) + "'");
            }
            f.evidence.add(q);
        }
        if (f.status == FactCheckStatus.PUBLISHED && (f.articleUrl == null || f.reviewDate == null)) {
            throw ApiException.invalidField(f.articleUrl == null ? "articleUrl" : "reviewDate",
                    "a published fact-check needs the url of its article and its review date (ClaimReview requires them)");
        }
    }

    private static Map<String, Object> fields(FactCheck f) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("claim", f.claimText);
        fields.put("claimant", f.claimant);
        fields.put("rating", f.rating == null ? null : f.rating.name());
        fields.put("status", f.status == null ? null : f.status.value());
        fields.put("explanation", f.explanation);
        fields.put("articleUrl", f.articleUrl);
        fields.put("reviewDate", f.reviewDate == null ? null : f.reviewDate.toString());
        fields.put("authorName", f.authorName);
        fields.put("reviewerName", f.reviewerName);
        return fields;
    }

}
