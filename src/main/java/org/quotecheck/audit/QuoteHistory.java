package org.quotecheck.audit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every recorded change to a quote, oldest first")
public record QuoteHistory(
        @Schema(example = "qt_1") String quoteId,
        List<Revision> revisions) {

    @Schema(description = "One change: who, when, what")
    public record Revision(
            @Schema(example = "51") long revision,
            Instant at,
            @Schema(description = "Name of the API key that made the change, or 'system'", example = "newsdesk-editor") String actor,
            @Schema(description = "created, updated, retracted or appearance-added", example = "updated") String action,
            List<FieldChange> changes) {
    }

    @Schema(description = "A field's value before and after")
    public record FieldChange(
            @Schema(example = "status") String field,
            @Schema(example = "unreviewed", nullable = true) Object from,
            @Schema(example = "verified", nullable = true) Object to) {
    }
}
