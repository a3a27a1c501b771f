package org.quotecheck.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import org.quotecheck.app.QuotecheckConfig;
import org.quotecheck.verify.engine.CandidateSearch;

/** The candidate search of the configured backend (QUOTECHECK_SEARCH_BACKEND, embedded by default). */
@ApplicationScoped
public class CandidateSearches {

    private final CandidateSource source;

    CandidateSearches(QuotecheckConfig config, @Any Instance<CandidateSource> sources) {
        SearchBackend backend = config.search().backend();
        this.source = sources.stream().filter(s -> s.backend() == backend).findFirst()
                .orElseThrow(() -> new IllegalStateException("no candidate search for backend " + backend));
    }

    public CandidateSearch search() {
        return source.search();
    }

    public Optional<CandidateSearch> ready() {
        return source.ready();
    }

    public boolean catchUp(long seenSeq) {
        return source.catchUp(seenSeq);
    }
}
