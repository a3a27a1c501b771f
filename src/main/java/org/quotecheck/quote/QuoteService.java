package org.quotecheck.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quotecheck.common.TextRules;
import org.quotecheck.common.ETags;
import org.quotecheck.common.PageCursor;
import org.quotecheck.common.PublicId;
import org.quotecheck.common.ReadQueries;
import org.quotecheck.common.WriteLocks;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.FieldError;
import org.quotecheck.error.ProblemType;
import org.quotecheck.source.Source;
import org.quotecheck.source.SourceResponse;
import org.quotecheck.source.SourceService;
import org.quotecheck.speaker.Speaker;
import org.quotecheck.speaker.SpeakerRef;
import org.quotecheck.speaker.SpeakerService;
import org.quotecheck.text.TextNormalizer;
import org.quotecheck.verify.CandidateSearches;
import org.quotecheck.verify.engine.CandidateSearch;

@ApplicationScoped
public class QuoteService {

    /** A stored quote and whether this call created it (false: it existed and gained an appearance). */
    public record CreateResult(QuoteResponse quote, boolean created) {
    }

    /**
     * Matches ranked per search at most; more common queries rank the newest this many. Each ranked
     * row costs a few microseconds (ts_rank_cd), so this bounds a query of common words.
     */
    static final int RANKED_MATCHES = 1000;

    private final EntityManager em;
    private final SpeakerService speakers;
    private final SourceService sources;
    private final ReadQueries reads;
    /**
     * A query of common words only ranks the newest this many quotes holding them all: each is fetched
     * by key and ranked (1,000 took 15–25 ms a query), and they all hold every word anyway.
     */
    static final int COMMON_WORDS_MATCHES = 200;
    /** Quotes holding the query as a phrase that are ranked however old (the newest, when more hold it). */
    static final int PHRASE_MATCHES = 200;

    private final SearchVocabulary vocabulary;
    private final CandidateSearches candidateIndex;
    private final int commonWordQuotes;
    private final int checkedRows;
    private final TextNormalizer normalizer = TextNormalizer.instance();

    QuoteService(EntityManager em, SpeakerService speakers, SourceService sources, ReadQueries reads,
            SearchVocabulary vocabulary, CandidateSearches candidateIndex, org.quotecheck.app.QuotecheckConfig config) {
        this.em = em;
        this.candidateIndex = candidateIndex;
        this.commonWordQuotes = config.search().commonWordQuotes();
        this.checkedRows = config.search().checkedRows();
        this.vocabulary = vocabulary;
        this.reads = reads;
        this.speakers = speakers;
        this.sources = sources;
    }

    /**
     * Stores a quote, or, when the same speaker already has a quote with the same normalised words,
     * records the new source as another appearance of it.
     */
    @Transactional
    public CreateResult create(CreateQuoteRequest request) {
        String normalized = normalizedText(request.text());
        if (request.start() != null && request.end() != null && request.start() > request.end()) {
            throw ApiException.invalidField("end", "must not be before start");
        }
        Source source = source(request);
        Speaker speaker = speaker(request.speaker(), request.speakerId());
        WriteLocks.lock(em, "quote:" + speaker.id + ":" + normalized);
        Long existingId = findId(speaker.id, normalized);
        Quote quote;
        boolean created = existingId == null;
        if (created) {
            quote = new Quote();
            quote.text = request.text();
            quote.normalizedText = normalized;
            quote.speaker = speaker;
            quote.saidOn = request.saidOn();
            quote.language = TextRules.trimToNull(request.language());
            quote.spokenLanguage = spokenLanguage(request.spokenLanguage(), quote.language, speaker);
            quote.context = TextRules.trimToNull(request.context());
            quote.persist();
            vocabulary.add(List.of(normalized));
        } else {
            quote = Quote.findById(existingId);
            // a later report may know what the first did not; it never overwrites
            if (quote.saidOn == null) {
                quote.saidOn = request.saidOn();
            }
            if (quote.context == null) {
                quote.context = TextRules.trimToNull(request.context());
            }
            if (quote.language == null) {
                quote.language = TextRules.trimToNull(request.language());
            }
            if (quote.spokenLanguage == null) {
                quote.spokenLanguage = spokenLanguage(request.spokenLanguage(), quote.language, speaker);
            }
        }
        if (request.utterance() != null && !request.utterance().isBlank()) {
            joinUtterance(quote, request.utterance().trim(), "utterance");
        }
        addAppearance(quote, source, request.start(), request.end());
        em.flush();
        return new CreateResult(responses(List.of(quote), true, Map.of()).get(0), created);
    }

    @Transactional
    public QuoteResponse get(String publicId) {
        return responses(List.of(find(publicId)), true, Map.of()).get(0);
    }

    @Transactional
    public QuoteResponse update(String publicId, UpdateQuoteRequest request, ETags.Precondition expectedVersion) {
        Quote quote = find(publicId);
        ETags.check(expectedVersion, quote.version);
        if (request.status() == QuoteStatus.RETRACTED) {
            throw ApiException.invalidField("status", "retract a quote with DELETE /v1/quotes/{id}?reason=…");
        }
        String normalized = normalizedText(request.text());
        Speaker speaker = speaker(request.speaker(), request.speakerId());
        Long clash = findId(speaker.id, normalized);
        if (clash != null && !clash.equals(quote.id)) {
            throw new ApiException(ProblemType.CONFLICT, "That speaker already has this quote: " + PublicId.QUOTE.format(clash) + ".",
                    List.of(), Map.of("existingId", PublicId.QUOTE.format(clash)));
        }
        quote.text = request.text();
        if (!normalized.equals(quote.normalizedText)) {
            vocabulary.add(List.of(normalized));
        }
        quote.normalizedText = normalized;
        quote.speaker = speaker;
        quote.saidOn = request.saidOn();
        quote.language = TextRules.trimToNull(request.language());
        quote.spokenLanguage = spokenLanguage(request.spokenLanguage(), quote.language, speaker);
        quote.context = TextRules.trimToNull(request.context());
        quote.status = request.status() == null ? QuoteStatus.UNREVIEWED : request.status();
        quote.retractionReason = null;
        em.flush();
        return responses(List.of(quote), true, Map.of()).get(0);
    }

    /** Links the quote with other wordings of the same utterance: those of a stored quote ({@code with}) or of a label. */
    @Transactional
    public QuoteResponse link(String publicId, UtteranceLinkRequest request) {
        Quote quote = find(publicId);
        boolean byQuote = request.with() != null && !request.with().isBlank();
        boolean byLabel = request.label() != null && !request.label().isBlank();
        if (byQuote == byLabel) {
            throw new ApiException(ProblemType.VALIDATION, "Give either with (the id of another wording) or label (the utterance's label), not both and not neither.",
                    List.of(new FieldError("with", "give either with or label")), Map.of());
        }
        joinUtterance(quote, byQuote ? request.with().trim() : request.label().trim(), byQuote ? "with" : "label");
        em.flush();
        return responses(List.of(quote), true, Map.of()).get(0);
    }

    /** Takes the quote out of its utterance: it no longer stands for the other wordings, nor they for it. */
    @Transactional
    public QuoteResponse unlink(String publicId) {
        Quote quote = find(publicId);
        quote.utteranceId = null;
        em.flush();
        return responses(List.of(quote), true, Map.of()).get(0);
    }

    /**
     * Puts the quote into an utterance named by a stored quote's id ("qt_…": that wording's utterance,
     * made when it has none) or by a label. Wordings of one utterance are one speaker's words.
     */
    private void joinUtterance(Quote quote, String reference, String field) {
        Long otherId = reference.startsWith("qt_") ? PublicId.QUOTE.tryParse(reference) : null;
        if (otherId == null) {
            quote.utteranceId = UtteranceQueries.withLabel(em, reference);
            return;
        }
        Quote other = Quote.findById(otherId);
        if (other == null) {
            throw ApiException.invalidField(field, "no quote with id '" + reference + "'");
        }
        if (!other.speaker.id.equals(quote.speaker.id)) {
            throw ApiException.invalidField(field, "the wordings of one utterance are one speaker's words; " + reference + " is "
                    + other.speaker.name + "'s");
        }
        if (other.id.equals(quote.id)) {
            return;
        }
        if (other.utteranceId == null) {
            other.utteranceId = UtteranceQueries.create(em);
        }
        quote.utteranceId = other.utteranceId;
    }

    /** The language given, else the default: the text's language, or the speaker's usual one when they do not speak it. */
    private static String spokenLanguage(String given, String textLanguage, Speaker speaker) {
        String spoken = TextRules.trimToNull(given);
        return spoken != null ? spoken : org.quotecheck.text.LanguageTags.spokenByDefault(textLanguage, speaker.languages);
    }

    /** Deletion through the API is retraction: the quote stays, marked, with the reason. */
    @Transactional
    public QuoteResponse retract(String publicId, String reason, ETags.Precondition expectedVersion) {
        Quote quote = find(publicId);
        ETags.check(expectedVersion, quote.version);
        quote.status = QuoteStatus.RETRACTED;
        quote.retractionReason = reason;
        em.flush();
        return responses(List.of(quote), true, Map.of()).get(0);
    }

    @Transactional
    public QuotePage search(QuoteSearchCriteria c) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        List<Long> speakerIds = null;
        if (c.speaker() != null) {
            speakerIds = speakers.filter("speaker", c.speaker(), c.to() != null ? c.to() : c.from());
            where.append(" and q.speaker_id in (:speakerIds)");
            params.put("speakerIds", speakerIds);
        }
        if (c.status() != null) {
            where.append(" and q.status = :status");
            params.put("status", c.status().value());
        } else {
            where.append(" and q.status <> 'retracted'");
        }
        if (c.from() != null) {
            where.append(" and q.said_on >= :from");
            params.put("from", c.from());
        }
        if (c.to() != null) {
            where.append(" and q.said_on <= :to");
            params.put("to", c.to());
        }
        if (c.language() != null) {
            where.append(" and lower(q.language) = lower(:language)");
            params.put("language", c.language());
        }
        if (c.outlet() != null) {
            where.append(" and exists (select 1 from appearance a join source s on s.id = a.source_id where a.quote_id = q.id"
                    + " and starts_with(lower(f_unaccent(s.outlet)), lower(f_unaccent(:outlet))))");
            params.put("outlet", c.outlet());
        }
        String filters = where.toString();
        String sql;
        boolean ranked = c.q() != null;
        if (ranked) {
            String qn = normalizer.key(c.q());
            if (qn.isEmpty()) {
                throw ApiException.invalidParameter("q", "q must contain letters or digits");
            }
            params.put("qn", qn);
            // the words themselves (full text, stemmed); when no quote has them, the words with typos
            // corrected against the vocabulary; when only stopwords remain, the exact wording
            String words = wordCondition(qn, speakerIds, params);
            if (reads.list("select 1, 1 from quote q" + where + words + " limit 1", params).isEmpty()) {
                String corrected = em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> vocabulary.correct(connection, qn));
                params.put("qn", corrected);
                boolean hasWords = !reads.list("select 1, numnode(plainto_tsquery('english', :qn))", Map.of("qn", corrected)).get(0)[1]
                        .toString().equals("0");
                words = hasWords ? wordCondition(corrected, speakerIds, params) : " and q.text_hash = f_text_hash(:qn)";
            }
            where.append(words);
            // exact wording first, then the phrase contained, then word proximity (typos are corrected
            // above; trigram similarity per ranked row cost 30 µs each, most of a common query's time)
            String score = "(case when q.normalized_text = :qn then 2.0 else 0 end"
                    + " + case when strpos(q.normalized_text, :qn) > 0 then 1.0 else 0 end"
                    + " + ts_rank_cd(q.search_vector, plainto_tsquery('english', :qn), 1))";
            // rank at most RANKED_MATCHES matches (the newest), so that a query of very common words stays bounded
            // the newest matches, and always the quotes holding the query as a phrase (from the
            // candidate index) and the one worded exactly so, however old: those rank first
            params.put("phraseIds", phraseHolders((String) params.get("qn")));
            // sorted, not read newest first along the key: matches far fewer than the planner expects
            // made it walk the whole table backwards
            String matches = "select * from quote q where q.id in ((select q.id from quote q" + where + " order by q.id + 0 desc limit " + RANKED_MATCHES + ")"
                    + " union (select q.id from quote q" + filters + " and q.id = any(cast(:phraseIds as bigint[])))"
                    + " union (select q.id from quote q" + filters + " and q.text_hash = f_text_hash(:qn)))";
            // one wording per utterance: the best ranked (the others are listed with it by GET /v1/quotes/{id})
            sql = "select id, score from (select distinct on (coalesce(utterance_id, -id)) id, score from (select q.id as id, q.utterance_id as utterance_id,"
                    + " round(cast(" + score + " as numeric), 6) as score from (" + matches + ") q) s order by coalesce(utterance_id, -id), score desc, id asc) ranked"
                    + (c.cursor() != null ? " where score < cast(:cursorScore as numeric) or (score = cast(:cursorScore as numeric) and id > :cursorId)" : "")
                    + " order by score desc, id asc limit :limit";
            if (c.cursor() != null) {
                params.put("cursorScore", c.cursor().score() == null ? 0.0 : c.cursor().score());
                params.put("cursorId", c.cursor().id());
            }
        } else {
            if (c.cursor() != null) {
                where.append(" and q.id < :cursorId");
                params.put("cursorId", c.cursor().id());
            }
            // one wording per utterance: the newest that passes the filters
            where.append(" and (q.utterance_id is null or not exists (select 1 from quote u where u.utterance_id = q.utterance_id and u.id > q.id")
                    .append(filters.substring(" where 1 = 1".length()).replace("q.", "u.")).append("))");
            sql = "select q.id, null from quote q" + where + " order by q.id desc limit :limit";
        }
        params.put("limit", c.limit() + 1);
        List<Object[]> rows = reads.list(sql, params);
        boolean hasMore = rows.size() > c.limit();
        List<Object[]> page = rows.subList(0, Math.min(c.limit(), rows.size()));
        Map<Long, Double> scores = new LinkedHashMap<>();
        for (Object[] row : page) {
            scores.put(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).doubleValue());
        }
        List<Quote> quotes = scores.isEmpty() ? List.of()
                : em.createQuery("select q from Quote q join fetch q.speaker where q.id in :ids", Quote.class)
                        .setParameter("ids", scores.keySet()).getResultList();
        Map<Long, Quote> byId = new HashMap<>();
        quotes.forEach(q -> byId.put(q.id, q));
        List<Quote> ordered = scores.keySet().stream().map(byId::get).filter(Objects::nonNull).toList();
        String next = null;
        if (hasMore) {
            Object[] last = page.get(page.size() - 1);
            next = new PageCursor(last[1] == null ? null : ((Number) last[1]).doubleValue(), ((Number) last[0]).longValue()).encode();
        }
        return new QuotePage(responses(ordered, false, ranked ? scores : Map.of()), next, hasMore);
    }

    /**
     * The quotes holding the query's words as a phrase, newest first, at most PHRASE_MATCHES (none
     * for a one-word query, which every match holds, or before the candidate index is loaded).
     */
    private Long[] phraseHolders(String qn) {
        CandidateSearch index = candidateIndex.ready().orElse(null);
        if (index == null || qn.indexOf(' ') < 0) {
            return new Long[0];
        }
        try {
            return java.util.Arrays.stream(index.withPhrase(List.of(qn.split(" ")), PHRASE_MATCHES)).boxed().toArray(Long[]::new);
        } catch (CandidateSearch.Unavailable e) {
            return new Long[0]; // the search cluster is down: ranked by the full-text index alone
        }
    }

    /**
     * The full-text condition for the normalised query words. The full-text index names the quotes
     * holding the words, but each is then read from the table, so a query whose words are all in
     * thousands of quotes would read thousands of rows; and a word in very many quotes ('year' in a
     * fifth of a million) makes the index decode its whole posting list. So when some word is in few
     * quotes, the words that are not very common are looked up and the others checked on each row
     * found; otherwise the candidates come from the candidate index, which intersects posting lists
     * by skipping: the newest quotes holding all the words as written (the filtered speakers' when
     * filtered), checked the same way (stemmed variants of the words are then not looked for).
     */
    private String wordCondition(String qn, List<Long> speakerIds, Map<String, Object> params) {
        String all = " and q.search_vector @@ plainto_tsquery('english', :qn)";
        CandidateSearch index = candidateIndex.ready().orElse(null);
        if (index == null) {
            return all;
        }
        try {
            return wordCondition(qn, speakerIds, params, index, all);
        } catch (CandidateSearch.Unavailable e) {
            return all; // the search cluster is down: the full-text index alone, slower for common words
        }
    }

    private String wordCondition(String qn, List<Long> speakerIds, Map<String, Object> params, CandidateSearch index, String all) {
        // the words the full-text condition requires (it leaves the stop words out)
        List<String> words = java.util.Arrays.stream(qn.split(" ")).filter(w -> !FullTextStopWords.contains(w)).toList();
        List<String> looked = new ArrayList<>();
        int fewest = Integer.MAX_VALUE;
        Map<String, Integer> frequencies = index.frequencies(words);
        for (String w : words) {
            int quotes = frequencies.getOrDefault(w, 0);
            if (quotes <= commonWordQuotes) {
                looked.add(w);
            }
            fewest = Math.min(fewest, quotes);
        }
        if (words.isEmpty() || fewest <= checkedRows && looked.size() == words.size()) {
            return all;
        }
        // checked on each row found, not looked up in the full-text index (a function call, not the @@ operator)
        String recheck = " and ts_match_vq(q.search_vector, plainto_tsquery('english', :qn))";
        if (fewest <= checkedRows) {
            params.put("looked", String.join(" ", looked));
            return " and q.search_vector @@ plainto_tsquery('english', :looked)" + recheck;
        }
        long[] ids = index.newestWithAll(words, speakerIds, COMMON_WORDS_MATCHES);
        params.put("commonIds", java.util.Arrays.stream(ids).boxed().toArray(Long[]::new));
        return " and q.id = any(cast(:commonIds as bigint[]))" + recheck;
    }

    /** Summaries (speaker, earliest source, appearance count) of these quotes, in the order given; unknown ids are skipped. */
    @Transactional
    public List<QuoteResponse> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Quote> byId = new HashMap<>();
        em.createQuery("select q from Quote q join fetch q.speaker where q.id in :ids", Quote.class).setParameter("ids", ids)
                .getResultList().forEach(q -> byId.put(q.id, q));
        return responses(ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList(), false, Map.of());
    }

    private Quote find(String publicId) {
        Quote quote = Quote.findById(PublicId.QUOTE.parse(publicId));
        if (quote == null) {
            throw ApiException.notFound("quote", publicId);
        }
        return quote;
    }

    private String normalizedText(String text) {
        String normalized = normalizer.key(text);
        if (normalized.isEmpty()) {
            throw ApiException.invalidField("text", "must contain words, not only punctuation");
        }
        return normalized;
    }

    private Speaker speaker(String name, String id) {
        boolean byName = name != null && !name.isBlank();
        boolean byId = id != null && !id.isBlank();
        if (byName == byId) {
            throw new ApiException(ProblemType.VALIDATION, "Give either speaker (a name or alias) or speakerId, not both and not neither.",
                    List.of(new FieldError("speaker", "give either speaker or speakerId")), Map.of());
        }
        return byId ? speakers.getReferenced("speakerId", id) : speakers.resolveOrCreate("speaker", name);
    }

    private Source source(CreateQuoteRequest request) {
        boolean inline = request.source() != null;
        boolean byId = request.sourceId() != null && !request.sourceId().isBlank();
        if (inline == byId) {
            throw new ApiException(ProblemType.VALIDATION, "Give either source (inline) or sourceId: every quote needs its provenance.",
                    List.of(new FieldError("source", "give either source or sourceId")), Map.of());
        }
        if (inline) {
            return sources.findOrCreate(request.source());
        }
        Long id = PublicId.SOURCE.tryParse(request.sourceId());
        Source source = id == null ? null : Source.findById(id);
        if (source == null) {
            throw ApiException.invalidField("sourceId", "no source with id '" + request.sourceId() + "'");
        }
        return source;
    }

    private Long findId(long speakerId, String normalized) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from quote where speaker_id = :speakerId"
                        + " and text_hash = f_text_hash(:text)")
                .setParameter("speakerId", speakerId)
                .setParameter("text", normalized)
                .getResultList();
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }

    private void addAppearance(Quote quote, Source source, Integer start, Integer end) {
        Appearance existing = Appearance.find("quote = ?1 and source = ?2", quote, source).firstResult();
        if (existing != null) {
            if (existing.startOffset == null && start != null) {
                existing.startOffset = start;
                existing.endOffset = end;
            }
            return;
        }
        Appearance appearance = new Appearance();
        appearance.quote = quote;
        appearance.source = source;
        appearance.startOffset = start;
        appearance.endOffset = end;
        appearance.persist();
    }

    /** Maps quotes to responses with one query for all their appearances. */
    private List<QuoteResponse> responses(List<Quote> quotes, boolean withAppearances, Map<Long, Double> scores) {
        if (quotes.isEmpty()) {
            return List.of();
        }
        List<Long> ids = quotes.stream().map(q -> q.id).toList();
        Map<Long, List<Appearance>> byQuote = new HashMap<>();
        for (Appearance a : em.createQuery("select a from Appearance a join fetch a.source where a.quote.id in :ids", Appearance.class)
                .setParameter("ids", ids).getResultList()) {
            byQuote.computeIfAbsent(a.quote.id, k -> new ArrayList<>()).add(a);
        }
        Map<Long, String> labels = UtteranceQueries.labels(em, quotes.stream().map(q -> q.utteranceId).filter(Objects::nonNull).distinct().toList());
        List<QuoteResponse> out = new ArrayList<>();
        for (Quote q : quotes) {
            List<Appearance> appearances = byQuote.getOrDefault(q.id, List.of()).stream().sorted(EARLIEST_FIRST).toList();
            List<QuoteResponse.AppearanceResponse> listed = withAppearances
                    ? appearances.stream().map(a -> new QuoteResponse.AppearanceResponse(SourceResponse.of(a.source), a.startOffset, a.endOffset, a.createdAt)).toList()
                    : null;
            List<QuoteResponse.Wording> wordings = withAppearances && q.utteranceId != null ? wordings(q) : null;
            out.add(new QuoteResponse(PublicId.QUOTE.format(q.id), q.text, q.language, q.spokenLanguage, SpeakerRef.of(q.speaker), q.saidOn, q.context,
                    q.status, q.retractionReason, appearances.isEmpty() ? null : SourceResponse.of(appearances.get(0).source),
                    appearances.size(), listed, labels.get(q.utteranceId), wordings, scores.get(q.id), q.createdAt, q.updatedAt, q.version));
        }
        return out;
    }

    /** The other wordings of the quote's utterance, originals first, each with its earliest source. */
    private List<QuoteResponse.Wording> wordings(Quote quote) {
        List<Quote> others = em.createQuery("select q from Quote q where q.utteranceId = :u and q.id <> :id and q.status <> :retracted order by q.id", Quote.class)
                .setParameter("u", quote.utteranceId).setParameter("id", quote.id).setParameter("retracted", QuoteStatus.RETRACTED).getResultList();
        List<QuoteResponse.Wording> out = new ArrayList<>();
        for (QuoteResponse r : responses(others, false, Map.of())) {
            out.add(new QuoteResponse.Wording(r.id(), r.text(), r.language(), r.spokenLanguage(), r.earliestSource(), r.appearanceCount()));
        }
        out.sort(Comparator.comparing((QuoteResponse.Wording w) -> !org.quotecheck.text.LanguageTags.same(w.language(), w.spokenLanguage())));
        return out;
    }

    /** Earliest publication first; undated sources last, in the order they were recorded. */
    static final Comparator<Appearance> EARLIEST_FIRST = Comparator
            .comparing((Appearance a) -> a.source.publishedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.id);

}
