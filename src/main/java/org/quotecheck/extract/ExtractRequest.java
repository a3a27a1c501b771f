package org.quotecheck.extract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.source.CreateSourceRequest;

@Schema(description = "An article or draft to find the quotes in")
public record ExtractRequest(
        @Schema(required = true, example = "\"Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history,\" Putin said.")
        @NotBlank @Size(max = ExtractRequest.MAX_TEXT) String text,
        @Schema(description = "When the text was published; speakers' roles and quote dates are taken at this date", example = "2024-07-03") LocalDate publishedOn,
        @Schema(description = "Where the text was published; needed to save") @Valid CreateSourceRequest source,
        @Schema(description = "Store every direct and fragment quote with a speaker (editor role)", example = "false") Boolean save) {

    /** About a megabyte of text: the request body limit allows no more anyway. */
    public static final int MAX_TEXT = 1_000_000;
}
