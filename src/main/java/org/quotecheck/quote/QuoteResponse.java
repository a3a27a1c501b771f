package org.quotecheck.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.source.SourceResponse;
import org.quotecheck.speaker.SpeakerRef;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A stored quote with its speaker and provenance")
public record QuoteResponse(
        @Schema(example = "qt_1") String id,
        @Schema(example = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history,") String text,
        @Schema(description = "The language of the text", example = "en") String language,
        @Schema(description = "The language the words were spoken in; another than the text's when the text is a translation", example = "ru") String spokenLanguage,
        SpeakerRef speaker,
        @Schema(example = "2024-07-03") LocalDate saidOn,
        @Schema(example = "Meeting with Xi Jinping at the SCO summit, Astana") String context,
        @Schema(example = "unreviewed") QuoteStatus status,
        @Schema(description = "Why the quote was retracted") String retractionReason,
        @Schema(description = "The earliest known publication (by publication date)") SourceResponse earliestSource,
        @Schema(example = "1") int appearanceCount,
        @Schema(description = "Every known publication; omitted in listings") List<AppearanceResponse> appearances,
        @Schema(description = "The label of the utterance this quote renders, when it is linked with other wordings", example = "sco-2024-putin-best-period") String utterance,
        @Schema(description = "The other wordings of the same utterance (the original, other outlets' translations) with their sources and languages; omitted in listings")
        List<Wording> wordings,
        @Schema(description = "Relevance to q, in searches only", example = "2.5") Double score,
        Instant createdAt,
        Instant updatedAt,
        @Schema(example = "0") long version) {

    @Schema(description = "Another wording of the same utterance")
    public record Wording(
            @Schema(example = "qt_2") String id,
            @Schema(example = "Российско-китайские отношения переживают лучший период в своей истории") String text,
            @Schema(example = "ru") String language,
            @Schema(example = "ru") String spokenLanguage,
            @Schema(description = "The earliest known publication") SourceResponse earliestSource,
            @Schema(example = "1") int appearanceCount) {
    }

    @Schema(description = "One publication of a quote")
    public record AppearanceResponse(
            SourceResponse source,
            @Schema(example = "1603", nullable = true) Integer start,
            @Schema(example = "1733", nullable = true) Integer end,
            Instant addedAt) {
    }
}
