package org.quotecheck.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotecheck.common.PublicId;
import org.quotecheck.common.ReadQueries;
import org.quotecheck.error.ApiException;
import org.quotecheck.quote.QuoteResponse;
import org.quotecheck.quote.QuoteService;
import org.quotecheck.speaker.Speaker;
import org.quotecheck.speaker.SpeakerRef;
import org.quotecheck.speaker.SpeakerResolver;
import org.quotecheck.verify.engine.Assessment;
import org.quotecheck.verify.engine.Candidate;
import org.quotecheck.verify.engine.Claim;
import org.quotecheck.verify.engine.ClaimLookup;
import org.quotecheck.verify.engine.DiffOp;
import org.quotecheck.verify.engine.Verdict;
import org.quotecheck.verify.engine.VerdictEngine;
import org.quotecheck.verify.engine.WordMatch;

/**
 * Answers a claim with a handful of indexed queries: the claimed speaker by alias or role, the
 * candidates by exact hash and by shared word pairs through the full-text index (with and without a speaker filter), their
 * dates, then the pure-Java engine decides; finally one query for the evidence to show.
 */
@ApplicationScoped
public class VerifyService {

    static final int CANDIDATES = 15;
    static final int SPEAKER_CANDIDATES = 10;
    /** At most this many rows are ranked by overlap: a bound on the worst case, far above what rare word pairs match. */
    static final int PRE_RANK_LIMIT = 200;
    private static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SpeakerResolver speakers;
    private final QuoteService quotes;
    private final CommonLexemes commonLexemes;
    private final ReadQueries reads;
    private final VerdictEngine engine = new VerdictEngine();

    VerifyService(SpeakerResolver speakers, QuoteService quotes, CommonLexemes commonLexemes, ReadQueries reads) {
        this.reads = reads;
        this.speakers = speakers;
        this.quotes = quotes;
        this.commonLexemes = commonLexemes;
    }

    @Transactional
    public List<VerifyResponse> verifyAll(List<VerifyRequest> claims) {
        List<VerifyResponse> results = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            results.add(verify(claims.get(i), "claims[" + i + "]."));
        }
        return results;
    }

    @Transactional
    public VerifyResponse verify(VerifyRequest request) {
        return verify(request, "", null);
    }

    /** For callers that have resolved the claimed speaker already (/v1/check): no second look-up. */
    @Transactional
    public VerifyResponse verify(VerifyRequest request, List<Speaker> claimedSpeakers) {
        return verify(request, "", claimedSpeakers);
    }

    private VerifyResponse verify(VerifyRequest request, String fieldPrefix) {
        return verify(request, fieldPrefix, null);
    }

    private VerifyResponse verify(VerifyRequest request, String fieldPrefix, List<Speaker> known) {
        Claim claim = Claim.parse(request.text());
        String normalized = claim.normalized();
        if (normalized.isEmpty()) {
            throw ApiException.invalidField(fieldPrefix + "text", "must contain words, not only punctuation");
        }
        List<Speaker> resolved = null;
        Set<Long> claimedIds = null;
        if (request.speaker() != null && !request.speaker().isBlank()) {
            resolved = known != null ? known : speakers.resolveAt(request.speaker(), request.date());
            claimedIds = new LinkedHashSet<>();
            for (Speaker s : resolved) {
                claimedIds.add(s.id);
            }
        }
        List<Candidate> candidates = candidates(normalized, claimedIds);
        Assessment assessment = engine.assess(claim, claimedIds, request.date(), request.toleranceDays(), candidates);
        return respond(request, assessment, resolved);
    }

    /**
     * Exact wording first, then the quotes sharing most of the claim's rare word pairs, overall and
     * by the claimed speaker; one statement that also returns what the engine needs of each
     * candidate. The word pairs are phrase queries over the full-text index ('experienc' <2> 'best'):
     * a changed word breaks only the pairs around it, so altered claims still find the real quote,
     * fragments share all their pairs, and a fabricated claim's rare pairs match nothing.
     */
    /** The claim's lexemes in word order, as PostgreSQL's English configuration makes them (stemmed, no stopwords). */
    private List<ClaimLookup.Lexeme> claimLexemes(String normalized) {
        List<Object[]> rows = reads.list("select u.lexeme, p.pos from unnest(to_tsvector('english', :n)) u, unnest(u.positions) as p(pos)",
                java.util.Map.of("n", normalized));
        List<ClaimLookup.Lexeme> lexemes = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            lexemes.add(new ClaimLookup.Lexeme((String) r[0], ((Number) r[1]).intValue()));
        }
        return lexemes;
    }

    private List<Candidate> candidates(String normalized, Set<Long> speakerIds) {
        List<String> lookup = ClaimLookup.queries(claimLexemes(normalized), commonLexemes.get());
        // rank by how many of the looked-up queries a candidate matches
        String overlap = "(select count(*) from k where x.search_vector @@ k.tq)";
        StringBuilder ids = new StringBuilder("(select q.id from quote q where q.text_hash = f_text_hash(:n) and q.status <> 'retracted' limit 20)");
        if (!lookup.isEmpty()) {
            ids.append(" union (select x.id from (select q.id, q.search_vector from quote q where q.search_vector @@ cast(:lookup as tsquery)"
                    + " and q.status <> 'retracted' limit " + PRE_RANK_LIMIT + ") x order by " + overlap + " desc, x.id limit " + CANDIDATES + ")");
        }
        boolean bySpeaker = speakerIds != null && !speakerIds.isEmpty() && !lookup.isEmpty();
        if (bySpeaker) {
            ids.append(" union (select x.id from (select q.id, q.search_vector from quote q where q.speaker_id in (:speakers)"
                    + " and q.search_vector @@ cast(:lookup as tsquery) and q.status <> 'retracted' limit " + PRE_RANK_LIMIT + ") x order by "
                    + overlap + " desc, x.id limit " + SPEAKER_CANDIDATES + ")");
        }
        String sql = "with k as (select cast(e as tsquery) as tq from unnest(cast(:ranking as text[])) as e)"
                + " select q.id, q.text, q.speaker_id, sp.name, coalesce(q.said_on,"
                + " (select min(s.published_on) from appearance a join source s on s.id = a.source_id where a.quote_id = q.id))"
                + " from quote q join speaker sp on sp.id = q.speaker_id where q.id in (" + ids + ")";
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("n", normalized);
        params.put("ranking", lookup.toArray(new String[0]));
        if (!lookup.isEmpty()) {
            params.put("lookup", String.join(" | ", lookup));
        }
        if (bySpeaker) {
            params.put("speakers", speakerIds);
        }
        List<Object[]> rows = reads.list(sql, params);
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            candidates.add(new Candidate(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3], toDate(r[4])));
        }
        return candidates;
    }

    private VerifyResponse respond(VerifyRequest request, Assessment a, List<Speaker> resolved) {
        // the evidence (speaker, dates, sources) is loaded for the match only; alternatives show what the candidates carry
        QuoteResponse matched = a.match() == null ? null : quotes.summaries(List.of(a.match().quoteId())).stream().findFirst().orElse(null);
        VerifyResponse.Match match = null;
        List<VerifyResponse.DiffEntry> diff = null;
        Double coverage = null;
        if (matched != null) {
            match = new VerifyResponse.Match(matched.id(), matched.text(), matched.speaker(), matched.saidOn(), matched.context(),
                    matched.earliestSource() == null ? null : new VerifyResponse.EarliestSource(matched.earliestSource().url(),
                            matched.earliestSource().outlet(), matched.earliestSource().publishedOn()),
                    matched.appearanceCount());
            diff = a.words().diff().stream().map(d -> new VerifyResponse.DiffEntry(d.op(), d.claim(), d.source(), d.critical() ? Boolean.TRUE : null)).toList();
            coverage = Math.round(a.words().coverage() * 1000) / 1000.0;
        }
        List<VerifyResponse.Alternative> alternatives = new ArrayList<>();
        for (Assessment.Scored s : a.alternatives()) {
            Candidate c = s.candidate();
            alternatives.add(new VerifyResponse.Alternative(PublicId.QUOTE.format(c.quoteId()), c.text(),
                    new SpeakerRef(PublicId.SPEAKER.format(c.speakerId()), c.speakerName()), Math.round(s.words().score() * 1000) / 1000.0));
        }
        VerifyResponse.ClaimedSpeaker claimed = resolved == null ? null
                : new VerifyResponse.ClaimedSpeaker(request.speaker(), resolved.stream().map(SpeakerRef::of).toList());
        return new VerifyResponse(a.verdict(), a.findings(), a.confidence(), explain(request, a, matched), coverage, match, diff,
                alternatives, claimed, null);
    }

    /** One plain sentence a journalist can paste. */
    static String explain(VerifyRequest request, Assessment a, QuoteResponse q) {
        if (a.verdict() == Verdict.NOT_FOUND || q == null) {
            return "No stored quote comes close to these words.";
        }
        String who = q.speaker().name();
        LocalDate when = q.saidOn() != null ? q.saidOn() : q.earliestSource() == null ? null : q.earliestSource().publishedOn();
        String where = q.earliestSource() == null || q.earliestSource().outlet() == null ? "" : " (" + q.earliestSource().outlet() + ")";
        String said = (when == null ? "" : " on " + HUMAN_DATE.format(when)) + where;
        WordMatch words = a.words();
        StringBuilder sentence = new StringBuilder();
        if (a.findings().contains(Verdict.MISATTRIBUTED)) {
            sentence.append(words.kind() == WordMatch.Kind.ALTERED ? "Words close to these were said by " : "These words were said by ")
                    .append(who).append(said).append(", not by ").append(request.speaker());
        } else if (words.kind() == WordMatch.Kind.ALTERED) {
            sentence.append(who).append(" said something close to this").append(said);
        } else if (words.kind() == WordMatch.Kind.FRAGMENT) {
            sentence.append(who).append(" said this").append(said).append(" as part of a longer quote; the claim gives ")
                    .append(Math.round(words.coverage() * 100)).append("% of it");
        } else {
            sentence.append(who).append(" said this").append(said);
        }
        if (words.kind() == WordMatch.Kind.ALTERED && words.firstChange() != null) {
            String[] change = words.firstChange();
            if (!change[0].isEmpty() && !change[1].isEmpty()) {
                sentence.append("; the claim changes '").append(change[1]).append("' to '").append(change[0]).append("'");
            } else if (!change[0].isEmpty()) {
                sentence.append("; the claim adds '").append(change[0]).append("'");
            } else {
                sentence.append("; the claim drops '").append(change[1]).append("'");
            }
            if (words.critical()) {
                sentence.append(", which changes the meaning");
            }
        }
        if (a.findings().contains(Verdict.WRONG_DATE) && request.date() != null) {
            sentence.append("; the claimed date, ").append(HUMAN_DATE.format(request.date())).append(", is wrong");
        }
        return sentence.append('.').toString();
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
