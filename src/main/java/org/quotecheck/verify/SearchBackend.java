package org.quotecheck.verify;

/** Where candidate quotes are searched (QUOTECHECK_SEARCH_BACKEND). */
public enum SearchBackend {
    /** Lucene in each pod, built from the quote table at start. */
    EMBEDDED,
    /** An OpenSearch cluster shared by all pods, fed by one indexer. */
    OPENSEARCH
}
