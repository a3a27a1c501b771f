package org.quotecheck.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.common.PublicId;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A rebuild of the OpenSearch index behind its alias, and how far it got")
public record RebuildResponse(
        @Schema(example = "rb_1") String id,
        @Schema(description = "pending: asked for, the indexer starts it within seconds; indexing: the new index is filling from the quote table "
                + "while the old one serves; swapped: the alias names the new index, the old one is deleted once searches begun before the move "
                + "are over; done; failed: the cluster refused the new index (error says why), the old one serves on", example = "indexing")
        RebuildState state,
        @Schema(description = "The configured index name (QUOTECHECK_SEARCH_OPENSEARCH_INDEX): the alias that searches go through", example = "quotecheck-quotes")
        String alias,
        @Schema(description = "The index the alias named when the rebuild started (deleted when done)", example = "quotecheck-quotes-1") String oldIndex,
        @Schema(description = "The index being built, with the current mappings and analyzers", example = "quotecheck-quotes-2") String newIndex,
        @Schema(description = "Quotes written into the new index so far", example = "1200") long indexedQuotes,
        @Schema(description = "While indexing: quotes changed after the new index's checkpoint. The alias moves once the new index holds every change the old one holds",
                example = "0") Long lagQuotes,
        @Schema(description = "The name of the API key that asked for it", example = "newsroom-admin") String requestedBy,
        @Schema(example = "2024-07-03T09:30:00Z") Instant requestedAt,
        @Schema(example = "2024-07-03T09:30:01Z") Instant startedAt,
        @Schema(description = "When the alias moved to the new index", example = "2024-07-03T09:30:04Z") Instant swappedAt,
        @Schema(example = "2024-07-03T09:30:09Z") Instant finishedAt,
        @Schema(description = "Why it failed", example = "creating the search index quotecheck-quotes-2 was refused (400): ...") String error) {

    static RebuildResponse of(Rebuild r, Long lagQuotes) {
        return new RebuildResponse(PublicId.REBUILD.format(r.id()), r.state(), r.alias(), r.oldIndex(), r.newIndex(), r.indexed(), lagQuotes,
                r.requestedBy(), r.requestedAt(), r.startedAt(), r.swappedAt(), r.finishedAt(), r.error());
    }
}
