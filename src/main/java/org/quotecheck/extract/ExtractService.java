package org.quotecheck.extract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotecheck.common.PublicId;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.ProblemType;
import org.quotecheck.extract.engine.ExtractedQuote;
import org.quotecheck.extract.engine.Extraction;
import org.quotecheck.extract.engine.QuoteExtractor;
import org.quotecheck.quote.CreateQuoteRequest;
import org.quotecheck.quote.QuoteService;
import org.quotecheck.security.Caller;
import org.quotecheck.security.Role;
import org.quotecheck.speaker.Speaker;
import org.quotecheck.speaker.SpeakerResolver;
import org.quotecheck.verify.VerifyRequest;
import org.quotecheck.verify.VerifyService;

/** Runs the extraction engine, links speakers to the store, and saves or checks the quotes. */
@ApplicationScoped
public class ExtractService {

    private final QuoteExtractor extractor = new QuoteExtractor();
    private final SpeakerResolver speakers;
    private final org.quotecheck.app.DomainMetrics metrics;
    private final QuoteService quotes;
    private final VerifyService verifier;
    private final Caller caller;

    ExtractService(SpeakerResolver speakers, QuoteService quotes, VerifyService verifier, Caller caller, org.quotecheck.app.DomainMetrics metrics) {
        this.metrics = metrics;
        this.speakers = speakers;
        this.quotes = quotes;
        this.verifier = verifier;
        this.caller = caller;
    }

    @Transactional
    public ExtractResponse extract(ExtractRequest request) {
        boolean save = Boolean.TRUE.equals(request.save());
        if (save && (caller.role() == null || !caller.role().includes(Role.EDITOR))) {
            throw new ApiException(ProblemType.FORBIDDEN, "Saving extracted quotes needs the editor role.", List.of(), Map.of("requiredRole", "editor"));
        }
        if (save && request.source() == null) {
            throw ApiException.invalidField("source", "save needs the source the text was published in");
        }
        LocalDate date = request.publishedOn() != null ? request.publishedOn() : request.source() == null ? null : request.source().publishedOn();
        ExtractResponse response = linked(metrics.timeExtraction(() -> extractor.extract(request.text())), date, new HashMap<>());
        if (!save) {
            return response;
        }
        List<ExtractResponse.Quote> saved = new ArrayList<>();
        for (ExtractResponse.Quote q : response.quotes()) {
            if (q.kind().equals("scare") || q.speaker() == null) {
                saved.add(q);
                continue;
            }
            CreateQuoteRequest create = new CreateQuoteRequest(q.text(), q.speaker().id() == null ? q.speaker().name() : null, q.speaker().id(),
                    date, request.source().language(), null, null, request.source(), null, q.start(), q.end(), null);
            saved.add(q.withQuoteId(quotes.create(create).quote().id()));
        }
        return new ExtractResponse(saved, response.speakers());
    }

    @Transactional
    public ExtractResponse check(CheckRequest request) {
        Map<String, List<Speaker>> resolved = new HashMap<>();
        ExtractResponse extracted = linked(metrics.timeExtraction(() -> extractor.extract(request.text())), request.publishedOn(), resolved);
        List<ExtractResponse.Quote> checked = new ArrayList<>();
        for (ExtractResponse.Quote q : extracted.quotes()) {
            if (q.kind().equals("scare") || q.speaker() == null || q.text().isBlank()) {
                checked.add(q);
                continue;
            }
            try {
                // the speakers were resolved while linking; the verifier takes them as they are
                VerifyRequest claim = new VerifyRequest(q.text(), q.speaker().name(), request.publishedOn(), null, null);
                List<Speaker> known = resolved.get(q.speaker().name());
                checked.add(q.withVerification(known == null ? verifier.verify(claim) : verifier.verify(claim, known)));
            } catch (ApiException e) {
                checked.add(q); // words the verifier cannot take (only punctuation) are left unchecked
            }
        }
        return new ExtractResponse(checked, extracted.speakers());
    }

    /** The engine's result with speakers linked to stored ones; {@code resolved} collects each name's stored speakers. */
    private ExtractResponse linked(Extraction extraction, LocalDate date, Map<String, List<Speaker>> resolved) {
        List<ExtractResponse.Speaker> speakerList = new ArrayList<>();
        for (Extraction.SpeakerMentions s : extraction.speakers()) {
            String id = storedId(s.name(), date, resolved);
            speakerList.add(new ExtractResponse.Speaker(s.name(), s.mentions(), id));
        }
        List<ExtractResponse.Quote> quoteList = new ArrayList<>();
        for (ExtractedQuote q : extraction.quotes()) {
            ExtractResponse.SpeakerRef speaker = null;
            if (q.speaker() != null) {
                speaker = new ExtractResponse.SpeakerRef(q.speaker(), storedId(q.speaker(), date, resolved));
            } else if (q.mention() != null && q.kind() != ExtractedQuote.Kind.SCARE) {
                List<Speaker> byRole = speakers.resolveAt(q.mention(), date);
                if (byRole.size() == 1) {
                    speaker = new ExtractResponse.SpeakerRef(byRole.get(0).name, PublicId.SPEAKER.format(byRole.get(0).id));
                    resolved.putIfAbsent(byRole.get(0).name, byRole);
                }
            }
            quoteList.add(new ExtractResponse.Quote(q.text(), q.start(), q.end(), q.kind().value(), speaker, q.mention(), q.confidence(), null, null));
        }
        return new ExtractResponse(quoteList, speakerList);
    }

    private String storedId(String name, LocalDate date, Map<String, List<Speaker>> resolved) {
        List<Speaker> found = resolved.computeIfAbsent(name, n -> speakers.resolveAt(n, date));
        return found.size() == 1 ? PublicId.SPEAKER.format(found.get(0).id) : null;
    }
}
