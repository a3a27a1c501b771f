package org.quotecheck.quote;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.source.CreateSourceRequest;

/** The full new state of a quote's editable fields; its appearances are not touched. */
@Schema(description = "The new state of a quote (appearances are added through POST /v1/quotes)")
public record UpdateQuoteRequest(
        @Schema(required = true, example = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history,")
        @NotBlank @Size(max = 5000) String text,
        @Schema(description = "Name or alias", example = "Vladimir Putin") @Size(max = 300) String speaker,
        @Schema(description = "Instead of speaker", example = "sp_1") @Size(max = 40) String speakerId,
        @Schema(example = "2024-07-03") LocalDate saidOn,
        @Schema(example = "en") @Size(max = 35) @Pattern(regexp = CreateSourceRequest.LANGUAGE_TAG, message = "must be a BCP 47 language tag such as en or pt-BR") String language,
        @Schema(description = "The language the words were spoken in (default as for a new quote)", example = "ru")
        @Size(max = 35) @Pattern(regexp = CreateSourceRequest.LANGUAGE_TAG, message = "must be a BCP 47 language tag such as ru or pt-BR") String spokenLanguage,
        @Schema(example = "Meeting with Xi Jinping at the SCO summit, Astana") @Size(max = 1000) String context,
        @Schema(description = "unreviewed (default), verified or disputed; retract with DELETE", example = "verified") QuoteStatus status) {
}
