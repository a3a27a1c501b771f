package org.quotecheck.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.common.LowercaseEnum;

/** Where a rebuild of the search index stands (column search_index_rebuild.state, and the API's spelling). */
@Schema(enumeration = {"pending", "indexing", "swapped", "done", "failed"})
public enum RebuildState implements LowercaseEnum {
    /** Asked for; the indexer pod starts it within a second or two. */
    PENDING,
    /** The new index is being filled from the quote table while the alias still names the old one. */
    INDEXING,
    /** The alias names the new index; the old one is deleted once searches begun before the move are over. */
    SWAPPED,
    /** The old index is gone. */
    DONE,
    /** The cluster refused the new index; the old one serves on, and a new rebuild may be asked for. */
    FAILED;

    /** Only one unfinished rebuild per index at a time. */
    public boolean unfinished() {
        return this == PENDING || this == INDEXING || this == SWAPPED;
    }
}
