package org.quotecheck.quote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.source.CreateSourceRequest;

/**
 * A quote to store. Give the speaker by name or alias ({@code speaker}) or by id
 * ({@code speakerId}), and the source inline ({@code source}) or by id ({@code sourceId}).
 */
@Schema(description = "A quote to store, with its speaker and the source it appeared in")
public record CreateQuoteRequest(
        @Schema(required = true, description = "The words exactly as published, without the quote marks",
                example = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history,")
        @NotBlank @Size(max = 5000) String text,
        @Schema(description = "Name or alias; resolved to a stored speaker, or a new speaker is created", example = "Vladimir Putin")
        @Size(max = 300) String speaker,
        @Schema(description = "Instead of speaker", example = "sp_1") @Size(max = 40) String speakerId,
        @Schema(description = "When the words were spoken (may precede publication)", example = "2024-07-03") LocalDate saidOn,
        @Schema(example = "en") @Size(max = 35) @Pattern(regexp = CreateSourceRequest.LANGUAGE_TAG, message = "must be a BCP 47 language tag such as en or pt-BR") String language,
        @Schema(description = "The language the words were spoken in, when the text is a translation (BCP 47). Default: the text's language, or, "
                + "when the speaker does not speak it, the first of the speaker's languages", example = "ru")
        @Size(max = 35) @Pattern(regexp = CreateSourceRequest.LANGUAGE_TAG, message = "must be a BCP 47 language tag such as ru or pt-BR") String spokenLanguage,
        @Schema(example = "Meeting with Xi Jinping at the SCO summit, Astana") @Size(max = 1000) String context,
        @Schema(description = "The source, inline; an already stored URL is reused") @Valid CreateSourceRequest source,
        @Schema(description = "Instead of source", example = "src_1") @Size(max = 40) String sourceId,
        @Schema(description = "Offset of the first quoted character in the source's text (UTF-16 code units)", example = "1603") @Min(0) Integer start,
        @Schema(description = "Offset just past the last quoted character", example = "1733") @Min(0) Integer end,
        @Schema(description = "The utterance this wording renders, with the original and other translations: a label of your choice "
                + "(wordings with the same label are one utterance) or the id of a stored wording", example = "sco-2024-putin-best-period")
        @Size(max = 200) String utterance) {
}
