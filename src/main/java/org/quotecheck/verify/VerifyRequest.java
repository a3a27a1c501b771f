package org.quotecheck.verify;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A quote as it circulates, with whom and when it is attributed to")
public record VerifyRequest(
        @Schema(required = true, description = "The claimed words; ellipses and [bracketed insertions] are legitimate editing",
                example = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their worst period in history")
        @NotBlank @Size(max = 5000) String text,
        @Schema(description = "Name, alias or role (\"the Russian president\"); omit to ask who said it", example = "Vladimir Putin")
        @Size(max = 300) String speaker,
        @Schema(description = "When the words are said to have been spoken", example = "2024-07-03") LocalDate date,
        @Schema(description = "Days the date may be off and still count as right (default 3)", example = "3")
        @Min(0) @Max(3650) Integer dateToleranceDays,
        @Schema(description = "Also record the verdict as a draft fact-check (editor role); its id comes back as factCheckId", example = "false")
        Boolean record) {

    public static final int DEFAULT_TOLERANCE_DAYS = 3;

    public int toleranceDays() {
        return dateToleranceDays == null ? DEFAULT_TOLERANCE_DAYS : dateToleranceDays;
    }
}
