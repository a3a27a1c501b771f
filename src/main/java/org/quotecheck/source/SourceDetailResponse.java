package org.quotecheck.source;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A source with the quotes that appear in it")
public record SourceDetailResponse(
        SourceResponse source,
        @Schema(description = "Quotes published in this source, in text order where offsets are known") List<SourceQuote> quotes) {

    @Schema(description = "A quote as it appears in the source")
    public record SourceQuote(
            @Schema(example = "qt_1") String id,
            @Schema(example = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history,") String text,
            @Schema(example = "sp_1") String speakerId,
            @Schema(example = "Vladimir Putin") String speakerName,
            @Schema(example = "1603", nullable = true) Integer start,
            @Schema(example = "1733", nullable = true) Integer end) {
    }
}
