package org.quotecheck.extract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A draft to check before publication")
public record CheckRequest(
        @Schema(required = true, example = "\"Russian-Chinese relations are experiencing their worst period in history,\" Putin said on Wednesday.")
        @NotBlank @Size(max = ExtractRequest.MAX_TEXT) String text,
        @Schema(description = "The date the quotes are said to be from (default: none)", example = "2024-07-03") LocalDate publishedOn) {
}
