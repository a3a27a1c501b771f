package org.quotecheck.factcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.common.PublicId;
import org.quotecheck.speaker.SpeakerRef;

@Schema(description = "A stored fact-check")
public record FactCheckResponse(
        @Schema(example = "fc_1") String id,
        String claim,
        @Schema(example = "Vladimir Putin", nullable = true) String claimant,
        @Schema(description = "The stored speaker the claimant resolved to", nullable = true) SpeakerRef speaker,
        @Schema(nullable = true) String appearanceUrl,
        @Schema(nullable = true) LocalDate appearanceDate,
        @Schema(example = "ALTERED") Rating rating,
        @Schema(description = "The rating on schema.org's 1 (worst) to 5 (best) scale", example = "2") int ratingValue,
        @Schema(example = "Altered quote") String ratingName,
        String reviewerName,
        @Schema(nullable = true) String reviewerUrl,
        @Schema(nullable = true) String authorName,
        @Schema(nullable = true) LocalDate reviewDate,
        @Schema(nullable = true) String explanation,
        @Schema(nullable = true) String articleUrl,
        @Schema(example = "en", nullable = true) String language,
        @Schema(example = "draft") FactCheckStatus status,
        List<Evidence> evidence,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also the ETag", example = "0") long version) {

    @Schema(description = "A stored quote used as evidence")
    public record Evidence(@Schema(example = "qt_3") String id, String text, SpeakerRef speaker) {
    }

    static FactCheckResponse of(FactCheck f) {
        List<Evidence> evidence = f.evidence.stream()
                .map(q -> new Evidence(PublicId.QUOTE.format(q.id), q.text, SpeakerRef.of(q.speaker))).toList();
        return new FactCheckResponse(PublicId.FACTCHECK.format(f.id), f.claimText, f.claimant, f.speaker == null ? null : SpeakerRef.of(f.speaker),
                f.appearanceUrl, f.appearanceDate, f.rating, f.rating.value(), f.rating.alternateName(), f.reviewerName, f.reviewerUrl,
                f.authorName, f.reviewDate, f.explanation, f.articleUrl, f.language, f.status, evidence, f.createdAt, f.updatedAt, f.version);
    }
}
