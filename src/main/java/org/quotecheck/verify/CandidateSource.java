package org.quotecheck.verify;

import java.util.Optional;
import org.quotecheck.verify.engine.CandidateSearch;

/** One backend's candidate search as the services use it (see {@link CandidateSearches}). */
public interface CandidateSource {

    SearchBackend backend();

    /** The search, waiting for it to be ready (503 when it takes too long). */
    CandidateSearch search();

    /** The search if it is ready now (quote search uses it as a hint and does not wait). */
    Optional<CandidateSearch> ready();

    /**
     * Brings the search up to the table's change {@code seenSeq} if this pod can; true if it may
     * now hold more than before (worth looking again).
     */
    boolean catchUp(long seenSeq);
}
