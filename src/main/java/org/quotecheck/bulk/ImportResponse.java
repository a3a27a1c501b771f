package org.quotecheck.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An import and how far it got")
public record ImportResponse(
        @Schema(example = "imp_1") String id,
        @Schema(example = "quotecheck") String format,
        @Schema(description = "queued, running, done or failed", example = "done") String status,
        @Schema(example = "1000") long linesRead,
        @Schema(description = "New quotes stored", example = "990") long accepted,
        @Schema(description = "Lines whose quote was stored already (their sources were added as appearances)", example = "8") long duplicates,
        @Schema(description = "The first rejected lines with their reasons") List<Rejection> rejected,
        @Schema(example = "2") long rejectedCount,
        @Schema(example = "3.2") double seconds,
        String error,
        Instant createdAt,
        Instant finishedAt) {

    @Schema(description = "A line that was not imported")
    public record Rejection(@Schema(example = "17") long line, @Schema(example = "text: must not be blank") String error) {
    }
}
