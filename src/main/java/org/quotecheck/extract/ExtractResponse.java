package org.quotecheck.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.verify.VerifyResponse;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The quotes of a text with their speakers")
public record ExtractResponse(List<Quote> quotes, List<Speaker> speakers) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A quote found in the text")
    public record Quote(
            @Schema(example = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history,") String text,
            @Schema(description = "Offset of the first quoted character (UTF-16 code units, as in JavaScript)", example = "1") int start,
            @Schema(description = "Offset just past the last quoted character", example = "131") int end,
            @Schema(description = "direct, fragment or scare", example = "direct") String kind,
            @Schema(description = "Who said it; null for scare quotes or when nobody can be told") SpeakerRef speaker,
            @Schema(description = "The words that identify the speaker here", example = "Putin") String mention,
            @Schema(example = "0.95") double confidence,
            @Schema(description = "The stored quote's id, with save: true", example = "qt_3") String quoteId,
            @Schema(description = "With /v1/check: the verification of this quote") VerifyResponse verification) {

        Quote withVerification(VerifyResponse v) {
            return new Quote(text, start, end, kind, speaker, mention, confidence, quoteId, v);
        }

        Quote withQuoteId(String id) {
            return new Quote(text, start, end, kind, speaker, mention, confidence, id, verification);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A speaker: the name found in the text, and the stored speaker's id when known")
    public record SpeakerRef(@Schema(example = "Vladimir Putin") String name, @Schema(example = "sp_1") String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A speaker of the text with every way it refers to them")
    public record Speaker(@Schema(example = "Vladimir Putin") String name,
            @Schema(example = "[\"Russian President Vladimir Putin\", \"Putin\"]") List<String> mentions,
            @Schema(example = "sp_1") String id) {
    }
}
