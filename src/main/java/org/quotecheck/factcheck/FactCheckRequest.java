package org.quotecheck.factcheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.common.HttpUrl;
import org.quotecheck.source.CreateSourceRequest;

/** A fact-check to create (POST) or its full new state (PUT). */
@Schema(description = "A reviewed claim")
public record FactCheckRequest(
        @Schema(required = true, description = "The claim as it circulated",
                example = "Putin: Russian-Chinese relations are experiencing their worst period in history")
        @NotBlank @Size(max = 5000) String claim,
        @Schema(description = "The claimant as given; resolved to a stored speaker when it names one", example = "Vladimir Putin") @Size(max = 300) String claimant,
        @Schema(description = "The stored speaker, instead of resolving claimant", example = "sp_1") @Size(max = 40) String speakerId,
        @Schema(description = "Where the claim circulated", example = "https://social.example/post/123") @Size(max = 2048) @HttpUrl String appearanceUrl,
        @Schema(example = "2024-07-05") LocalDate appearanceDate,
        @Schema(required = true, example = "ALTERED") @NotNull Rating rating,
        @Schema(required = true, description = "The reviewing organisation", example = "DW Fact check") @NotBlank @Size(max = 200) String reviewerName,
        @Schema(example = "https://www.dw.com") @Size(max = 2048) @HttpUrl String reviewerUrl,
        @Schema(example = "Jane Doe") @Size(max = 200) String authorName,
        @Schema(example = "2024-07-06") LocalDate reviewDate,
        @Schema(example = "Putin said relations were at their best, not worst, on 3 July 2024 (DW).") @Size(max = 2000) String explanation,
        @Schema(description = "The published fact-check article", example = "https://www.dw.com/en/fact-check-putin-xi/a-1") @Size(max = 2048) @HttpUrl String articleUrl,
        @Schema(example = "en") @Size(max = 35) @Pattern(regexp = CreateSourceRequest.LANGUAGE_TAG, message = "must be a BCP 47 language tag such as en or pt-BR") String language,
        @Schema(description = "Ids of the stored quotes that are the evidence", example = "[\"qt_3\"]") @Size(max = 20) List<@NotBlank @Size(max = 40) String> evidence,
        @Schema(description = "draft (default), published or withdrawn", example = "draft") FactCheckStatus status) {
}
