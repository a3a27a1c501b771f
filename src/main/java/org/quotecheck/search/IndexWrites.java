package org.quotecheck.search;

import java.util.List;
import org.quotecheck.verify.engine.CandidateSearch;

/** Where the indexer writes quotes' current state: the search cluster's index (or, in a test, one that fails on purpose). */
public interface IndexWrites {

    /**
     * Writes the quotes (a retracted one is removed), each with its change number as version, so
     * that writing a quote again, or an older state of it, changes nothing. Throws when not all of
     * them were written.
     */
    void write(List<CandidateSearch.Entry> entries);
}
