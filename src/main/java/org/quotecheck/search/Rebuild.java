package org.quotecheck.search;

import java.time.Instant;

/** One rebuild of the search index behind its alias: a row of search_index_rebuild. */
public record Rebuild(long id, String alias, RebuildState state, String oldIndex, String newIndex, long indexed, String requestedBy,
        Instant requestedAt, Instant startedAt, Instant swappedAt, Instant finishedAt, String error) {
}
