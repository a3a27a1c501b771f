package org.quotecheck.quote;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which utterance a quote renders: that of another stored wording, or the one with a label. */
@Schema(description = "The utterance a quote renders: give `with` (another wording's id) or `label`")
public record UtteranceLinkRequest(
        @Schema(description = "The id of another wording of the same utterance (the original, or another outlet's translation)", example = "qt_1")
        @Size(max = 40) String with,
        @Schema(description = "The utterance's label; wordings with the same label are one utterance", example = "sco-2024-putin-best-period")
        @Size(max = 200) String label) {
}
