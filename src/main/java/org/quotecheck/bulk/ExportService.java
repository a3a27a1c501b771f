package org.quotecheck.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotecheck.quote.Appearance;
import org.quotecheck.quote.Quote;
import org.quotecheck.source.Source;
import org.quotecheck.speaker.Speaker;
import org.quotecheck.speaker.SpeakerRole;

/**
 * Exports every quote as quotecheck NDJSON: one line per appearance, in the shape POST /v1/quotes
 * and the importer take, with the speaker inline (name, aliases, Wikidata id, description, roles)
 * and the source inline. Importing the file into an empty store gives the same store back.
 * Pages of {@value #PAGE} quotes, each read in its own short transaction while the response streams.
 */
@ApplicationScoped
public class ExportService {

    static final int PAGE = 200;

    private final EntityManager em;
    private final ObjectMapper mapper;

    ExportService(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    public void write(OutputStream out) throws IOException {
        long after = 0;
        while (true) {
            long from = after;
            List<String> lines = new ArrayList<>();
            Long last = QuarkusTransaction.requiringNew().call(() -> page(from, lines));
            for (String line : lines) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
            out.flush();
            if (last == null) {
                return;
            }
            after = last;
        }
    }

    /** Appends the lines of the next page of quotes; returns the last quote id, or null at the end. */
    private Long page(long after, List<String> lines) throws IOException {
        List<Quote> quotes = em.createQuery("select q from Quote q join fetch q.speaker where q.id > :after order by q.id", Quote.class)
                .setParameter("after", after).setMaxResults(PAGE).getResultList();
        if (quotes.isEmpty()) {
            return null;
        }
        List<Long> ids = quotes.stream().map(q -> q.id).toList();
        Map<Long, List<Appearance>> byQuote = new HashMap<>();
        for (Appearance a : em.createQuery("select a from Appearance a join fetch a.source where a.quote.id in :ids order by a.id", Appearance.class)
                .setParameter("ids", ids).getResultList()) {
            byQuote.computeIfAbsent(a.quote.id, k -> new ArrayList<>()).add(a);
        }
        Map<Long, String> utterances = org.quotecheck.quote.UtteranceQueries.labels(em,
                quotes.stream().map(q -> q.utteranceId).filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, Map<String, Object>> speakers = new HashMap<>();
        for (Quote q : quotes) {
            Map<String, Object> speaker = speakers.computeIfAbsent(q.speaker.id, k -> speaker(q.speaker));
            for (Appearance a : byQuote.getOrDefault(q.id, List.of())) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("text", q.text);
                line.put("speaker", speaker);
                put(line, "saidOn", q.saidOn == null ? null : q.saidOn.toString());
                put(line, "language", q.language);
                put(line, "spokenLanguage", q.spokenLanguage);
                put(line, "context", q.context);
                line.put("source", source(a.source));
                put(line, "start", a.startOffset);
                put(line, "end", a.endOffset);
                put(line, "utterance", utterances.get(q.utteranceId));
                if (q.status != null && !q.status.value().equals("unreviewed")) {
                    line.put("status", q.status.value());
                }
                put(line, "retractionReason", q.retractionReason);
                lines.add(mapper.writeValueAsString(line));
            }
        }
        return quotes.get(quotes.size() - 1).id;
    }

    private static Map<String, Object> speaker(Speaker s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name);
        m.put("aliases", s.aliases.stream().map(a -> a.alias).filter(a -> !a.equals(s.name)).toList());
        put(m, "wikidataId", s.wikidataId);
        put(m, "description", s.description);
        if (!s.languages.isEmpty()) {
            m.put("languages", List.copyOf(s.languages));
        }
        List<Map<String, Object>> roles = new ArrayList<>();
        for (SpeakerRole r : s.roles) {
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("title", r.title);
            put(role, "organization", r.organization);
            put(role, "from", r.validFrom == null ? null : r.validFrom.toString());
            put(role, "to", r.validTo == null ? null : r.validTo.toString());
            roles.add(role);
        }
        m.put("roles", roles);
        return m;
    }

    private static Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", s.url);
        put(m, "archiveUrl", s.archiveUrl);
        put(m, "outlet", s.outlet);
        put(m, "title", s.title);
        put(m, "publishedOn", s.publishedOn == null ? null : s.publishedOn.toString());
        m.put("kind", s.kind.value());
        put(m, "language", s.language);
        if (!s.agencies.isEmpty()) {
            m.put("agencies", List.copyOf(s.agencies));
        }
        return m;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
