package org.quotecheck.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.quotecheck.verify.engine.Verdict;

/**
 * What the service does, as Prometheus sees it beside the HTTP metrics: verdicts by type, how long
 * verification and extraction take (histograms, so a p99 can be computed across pods), requests
 * refused for rate limits, and imported lines by outcome.
 */
@ApplicationScoped
public class DomainMetrics {

    /** What became of one imported line. */
    public enum ImportOutcome { ACCEPTED, DUPLICATE, REJECTED }

    /** Why a request was refused with 429. */
    public enum RateLimit { API_KEY, FAILED_AUTHENTICATION }

    private final Map<Verdict, Counter> verdicts = new EnumMap<>(Verdict.class);
    private final Map<ImportOutcome, Counter> importLines = new EnumMap<>(ImportOutcome.class);
    private final Map<RateLimit, Counter> rateLimited = new EnumMap<>(RateLimit.class);
    private final Timer verification;
    private final Timer extraction;

    DomainMetrics(MeterRegistry registry) {
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, Counter.builder("quotecheck.verdicts").description("Claims verified, by verdict")
                    .tag("verdict", v.name()).register(registry));
        }
        for (ImportOutcome o : ImportOutcome.values()) {
            importLines.put(o, Counter.builder("quotecheck.import.lines").description("Imported lines, by outcome")
                    .tag("outcome", o.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
        }
        for (RateLimit r : RateLimit.values()) {
            rateLimited.put(r, Counter.builder("quotecheck.rate.limited").description("Requests refused with 429")
                    .tag("reason", r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).register(registry));
        }
        verification = Timer.builder("quotecheck.verification").description("One claim verified, from its speaker look-up to its verdict")
                .publishPercentileHistogram().register(registry);
        extraction = Timer.builder("quotecheck.extraction").description("One text's quotes and speakers extracted")
                .publishPercentileHistogram().register(registry);
    }

    public void verdict(Verdict verdict) {
        verdicts.get(verdict).increment();
    }

    public <T> T timeVerification(Supplier<T> work) {
        return verification.record(work);
    }

    public <T> T timeExtraction(Supplier<T> work) {
        return extraction.record(work);
    }

    public void importLine(ImportOutcome outcome) {
        importLines.get(outcome).increment();
    }

    public void rateLimited(RateLimit reason) {
        rateLimited.get(reason).increment();
    }
}
