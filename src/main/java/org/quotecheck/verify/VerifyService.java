package org.quotecheck.verify;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;
import org.quotecheck.app.QuotecheckConfig;
import org.quotecheck.common.ConcurrencyLimit;
import org.quotecheck.common.PublicId;
import org.quotecheck.common.ReadQueries;
import org.quotecheck.error.ApiException;
import org.quotecheck.speaker.ResolvedSpeaker;
import org.quotecheck.speaker.Speaker;
import org.quotecheck.speaker.SpeakerRef;
import org.quotecheck.speaker.SpeakerResolver;
import org.quotecheck.verify.engine.Assessment;
import org.quotecheck.verify.engine.Candidate;
import org.quotecheck.verify.engine.Claim;
import org.quotecheck.verify.engine.Finding;
import org.quotecheck.verify.engine.CandidateSearch;
import org.quotecheck.verify.engine.VagueClaim;
import org.quotecheck.verify.engine.Verdict;
import org.quotecheck.verify.engine.VerdictEngine;
import org.quotecheck.verify.engine.WordMatch;

/**
 * Answers a claim with two indexed queries: the claimed speaker by alias or role; then the candidates
 * that the candidate search ({@link CandidateSearches}: the embedded index or OpenSearch) names (overall and the claimed speaker's), fetched by
 * primary key with the quotes of exactly the claim's wording and the evidence to show. The pure-Java
 * engine decides.
 */
@ApplicationScoped
public class VerifyService {

    private static final Logger LOG = Logger.getLogger(VerifyService.class);
    private static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SpeakerResolver speakers;
    private final CandidateSearches searches;
    private final ReadQueries reads;
    private final VerdictEngine engine = new VerdictEngine();
    private final org.quotecheck.app.DomainMetrics metrics;

    /** Verification is CPU-bound: more claims at once than the cores can serve only lengthens the queue's tail. */
    private final ConcurrencyLimit limit;

    VerifyService(SpeakerResolver speakers, CandidateSearches searches, ReadQueries reads, QuotecheckConfig config,
            org.quotecheck.app.DomainMetrics metrics) {
        this.metrics = metrics;
        this.reads = reads;
        this.speakers = speakers;
        this.searches = searches;
        this.limit = new ConcurrencyLimit(
                config.verify().maxConcurrent().orElse(2 * Runtime.getRuntime().availableProcessors()), config.verify().maxWait(), "verifications");
    }

    /**
     * Reads WordNet (translation variants) in the background at start: it takes seconds, and the first
     * claim on a translation would otherwise wait for it. Readiness does not wait: until it is read, such
     * a claim waits for it instead.
     */
    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        Thread loader = new Thread(() -> {
            try {
                org.quotecheck.verify.engine.WordNetThesaurus thesaurus = org.quotecheck.verify.engine.WordNetThesaurus.instance();
                thesaurus.preload();
                LOG.infof("WordNet read for translation variants in %d ms", thesaurus.loadMillis());
            } catch (RuntimeException e) {
                LOG.errorf(e, "WordNet could not be read; claims on translations will fail until it is");
            }
        }, "wordnet-preload");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY);
        loader.start();
    }

    // no transaction: a verify reads with autocommit statements (a transaction's begin and commit cost
    // as much as its one query); speaker look-ups that miss the cache open their own
    public List<VerifyResponse> verifyAll(List<VerifyRequest> claims) {
        List<VerifyResponse> results = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            results.add(verify(claims.get(i), "claims[" + i + "]."));
        }
        return results;
    }

    public VerifyResponse verify(VerifyRequest request) {
        return verify(request, "", null);
    }

    /** For callers that have resolved the claimed speaker already (/v1/check): no second look-up. */
    public VerifyResponse verify(VerifyRequest request, List<Speaker> claimedSpeakers) {
        return verify(request, "", claimedSpeakers.stream().map(ResolvedSpeaker::of).toList());
    }

    private VerifyResponse verify(VerifyRequest request, String fieldPrefix) {
        return verify(request, fieldPrefix, null);
    }

    private VerifyResponse verify(VerifyRequest request, String fieldPrefix, List<ResolvedSpeaker> known) {
        VerifyResponse response = limit.run(() -> metrics.timeVerification(() -> verifyNow(request, fieldPrefix, known)));
        metrics.verdict(response.verdict());
        return response;
    }

    private VerifyResponse verifyNow(VerifyRequest request, String fieldPrefix, List<ResolvedSpeaker> known) {
        Claim claim = Claim.parse(request.text());
        String normalized = claim.normalized();
        if (normalized.isEmpty()) {
            throw ApiException.invalidField(fieldPrefix + "text", "must contain words, not only punctuation");
        }
        List<ResolvedSpeaker> resolved = null;
        Set<Long> claimedIds = null;
        if (request.speaker() != null && !request.speaker().isBlank()) {
            resolved = known != null ? known : speakers.resolveCachedAt(request.speaker(), request.date());
            claimedIds = new LinkedHashSet<>();
            for (ResolvedSpeaker s : resolved) {
                claimedIds.add(s.id());
            }
        }
        boolean vague = VagueClaim.isVague(claim.words());
        Retrieved retrieved = candidates(vague ? List.of() : claim.words(), normalized, claimedIds);
        Assessment assessment = engine.assess(claim, claimedIds, request.date(), request.toleranceDays(), retrieved.candidates());
        return respond(request, assessment, resolved, retrieved, vague);
    }

    /**
     * The candidates, and for each the evidence to show if it is the match (one statement brings both);
     * {@code exactOnly} when the candidate search was unavailable and only the exact wording was looked up.
     */
    private record Retrieved(List<Candidate> candidates, java.util.Map<Long, VerifyResponse.Match> evidence, long changeSeq, boolean exactOnly) {
        Retrieved asExactOnly() {
            return new Retrieved(candidates, evidence, changeSeq, true);
        }
    }

    /** Candidates for the claim's words (none for a vague claim: only its exact wording is looked up). */
    private Retrieved candidates(List<String> words, String normalized, Set<Long> speakerIds) {
        CandidateSearch search = searches.search();
        long indexed = search.maxSeq();
        CandidateSearch.Found found;
        try {
            found = find(search, words, speakerIds);
        } catch (CandidateSearch.Unavailable e) {
            // the search cluster is down or slow: the quotes worded exactly like the claim still come from the table
            LOG.warnf("Candidate search unavailable, verifying by exact wording only: %s", e.getMessage());
            return fetch(normalized, CandidateSearch.Found.NONE).asExactOnly();
        }
        Retrieved retrieved = fetch(normalized, found);
        if (retrieved.changeSeq() > indexed && !words.isEmpty() && searches.catchUp(retrieved.changeSeq())) {
            // the table has changes the index had not seen (this pod's own write, or a notification
            // still on its way) and they are applied now: look again, so that a verify reads what was written
            retrieved = fetch(normalized, find(searches.search(), words, speakerIds));
        }
        return retrieved;
    }

    private static CandidateSearch.Found find(CandidateSearch search, List<String> words, Set<Long> speakerIds) {
        return words.isEmpty() ? CandidateSearch.Found.NONE : search.find(words, speakerIds);
    }

    private Retrieved fetch(String normalized, CandidateSearch.Found found) {
        CandidateQuery.Statement statement = CandidateQuery.fetch(normalized, found);
        List<Object[]> rows = reads.list(statement.sql(), statement.params());
        List<Candidate> candidates = new ArrayList<>(rows.size());
        java.util.Map<Long, VerifyResponse.Match> evidence = new java.util.HashMap<>();
        long changeSeq = 0;
        final int o = CandidateQuery.ID; // the candidate's columns follow the change number
        for (Object[] r : rows) {
            changeSeq = r[CandidateQuery.CHANGE_SEQ] == null ? 0 : ((Number) r[CandidateQuery.CHANGE_SEQ]).longValue();
            if (r[o] == null) {
                continue;
            }
            long id = ((Number) r[o]).longValue();
            long speakerId = ((Number) r[o + 2]).longValue();
            LocalDate saidOn = toDate(r[o + 4]);
            LocalDate published = toDate(r[o + 8]);
            String language = (String) r[o + 10];
            String spokenLanguage = (String) r[o + 11];
            Long utteranceId = r[o + 12] == null ? null : ((Number) r[o + 12]).longValue();
            candidates.add(new Candidate(id, (String) r[o + 1], speakerId, (String) r[o + 3], saidOn != null ? saidOn : published, language,
                    spokenLanguage, utteranceId));
            VerifyResponse.EarliestSource earliest = r[o + 6] == null ? null : new VerifyResponse.EarliestSource((String) r[o + 6], (String) r[o + 7], published);
            evidence.put(id, new VerifyResponse.Match(PublicId.QUOTE.format(id), (String) r[o + 1],
                    new SpeakerRef(PublicId.SPEAKER.format(speakerId), (String) r[o + 3]), saidOn, (String) r[o + 5], earliest, ((Number) r[o + 9]).intValue(), language, spokenLanguage));
        }
        return new Retrieved(candidates, evidence, changeSeq, false);
    }

    private VerifyResponse respond(VerifyRequest request, Assessment a, List<ResolvedSpeaker> resolved, Retrieved retrieved, boolean vague) {
        java.util.Map<Long, VerifyResponse.Match> evidence = retrieved.evidence();
        VerifyResponse.Match match = a.match() == null ? null : evidence.get(a.match().quoteId());
        List<VerifyResponse.DiffEntry> diff = null;
        Double coverage = null;
        if (match != null) {
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
                : new VerifyResponse.ClaimedSpeaker(request.speaker(), resolved.stream().map(ResolvedSpeaker::ref).toList());
        String explanation = vague && a.verdict() == Verdict.NOT_FOUND ? TOO_VAGUE : explain(request, a, match);
        List<Finding> findings = a.findings();
        if (retrieved.exactOnly()) {
            findings = new ArrayList<>(findings);
            findings.add(Finding.EXACT_WORDING_ONLY);
            explanation = explanation + " " + EXACT_WORDING_ONLY;
        }
        return new VerifyResponse(a.verdict(), findings, a.confidence(), explanation, coverage, match, diff,
                alternatives, claimed, null);
    }

    static final String EXACT_WORDING_ONLY = "The word index cannot be reached just now, so only quotes worded exactly like the claim were"
            + " looked for: an altered, shortened or reworded quote may read as not found. Ask again in a few minutes.";

    static final String TOO_VAGUE = "Too few words to check: a claim needs at least three words, not only common ones like"
            + " 'the' or 'of'. Only a quote worded exactly like it was looked for, and none is stored.";

    /** One plain sentence a journalist can paste. */
    static String explain(VerifyRequest request, Assessment a, VerifyResponse.Match q) {
        boolean unknown = a.findings().contains(Finding.SPEAKER_UNKNOWN);
        String nobody = "nobody called '" + (request.speaker() == null ? "" : request.speaker().strip()) + "' is in the store";
        if (a.verdict() == Verdict.NOT_FOUND || q == null) {
            return "No stored quote comes close to these words" + (unknown ? ", and " + nobody : "") + ".";
        }
        String who = q.speaker().name();
        LocalDate when = q.saidOn() != null ? q.saidOn() : q.earliestSource() == null ? null : q.earliestSource().publishedOn();
        String where = q.earliestSource() == null || q.earliestSource().outlet() == null ? "" : " (" + q.earliestSource().outlet() + ")";
        String said = (when == null ? "" : " on " + HUMAN_DATE.format(when)) + where;
        WordMatch words = a.words();
        StringBuilder sentence = new StringBuilder();
        if (unknown) {
            sentence.append(Character.toUpperCase(nobody.charAt(0))).append(nobody.substring(1)).append("; ");
        }
        if (a.findings().contains(Finding.MISATTRIBUTED)) {
            sentence.append(words.kind() == WordMatch.Kind.ALTERED ? "Words close to these were said by " : "These words were said by ")
                    .append(who).append(said).append(", not by ").append(request.speaker());
        } else if (unknown) {
            sentence.append(words.kind() == WordMatch.Kind.ALTERED ? "words close to these are " : words.kind() == WordMatch.Kind.FRAGMENT
                    ? "these words are part of a quote of " : "these words are ").append(who).append("'s, said").append(said);
        } else if (words.kind() == WordMatch.Kind.TRANSLATED) {
            sentence.append(who).append(" said this").append(said);
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
        if (a.match().isTranslation() && words.kind() != WordMatch.Kind.ALTERED) {
            sentence.append(translationNote(a, q));
        }
        if (a.findings().contains(Finding.WRONG_DATE) && request.date() != null) {
            sentence.append("; the claimed date, ").append(HUMAN_DATE.format(request.date())).append(", is wrong");
        }
        return sentence.append('.').toString();
    }

    /**
     * What a translation changes in the explanation: the language spoken, whose translation the words
     * are, and for a translation variant the translator's choices that make the difference.
     */
    static String translationNote(Assessment a, VerifyResponse.Match q) {
        String spoken = org.quotecheck.text.LanguageTags.englishName(a.match().spokenLanguage());
        String written = org.quotecheck.text.LanguageTags.englishName(a.match().language());
        String outlet = q.earliestSource() == null || q.earliestSource().outlet() == null ? "a" : q.earliestSource().outlet() + "'s";
        if (a.words().kind() != WordMatch.Kind.TRANSLATED) {
            return ", in " + spoken + "; the words are " + outlet + " " + written + " translation";
        }
        List<String> choices = new ArrayList<>();
        for (org.quotecheck.verify.engine.DiffOp d : a.words().diff()) {
            if (!d.op().equals(org.quotecheck.verify.engine.DiffOp.EQUAL) && choices.size() < 3) {
                choices.add(d.claim().isEmpty() ? "no '" + d.source() + "'" : d.source().isEmpty() ? "'" + d.claim() + "' added"
                        : "'" + d.claim() + "' for '" + d.source() + "'");
            }
        }
        return ", in " + spoken + "; the claim is another translation of the same words: it differs from " + outlet + " " + written
                + " translation only in a translator's choices (" + String.join(", ", choices) + "), not in meaning";
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
