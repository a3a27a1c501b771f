package org.quotecheck.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.common.HttpUrl;

/** A source to store: the page where quotes were published. Also used inline in a quote. */
@Schema(description = "A publication quotes appeared in")
public record CreateSourceRequest(
        @Schema(required = true, example = "https://www.dw.com/en/putin-tells-xi-russia-china-relations-are-at-their-best/a-69550350")
        @NotBlank @Size(max = 2048) @HttpUrl String url,
        @Schema(description = "An archived copy, for when the original link dies", example = "https://web.archive.org/web/20240703/https://www.dw.com/en/a-69550350")
        @Size(max = 2048) @HttpUrl String archiveUrl,
        @Schema(example = "DW") @Size(max = 200) String outlet,
        @Schema(example = "Putin tells Xi Russia-China relations are at their 'best'") @Size(max = 1000) String title,
        @Schema(example = "2024-07-03") LocalDate publishedOn,
        @Schema(example = "article", description = "article (default), transcript, video, press-release, social-post, other") SourceKind kind,
        @Schema(example = "en", description = "BCP 47 language tag") @Size(max = 35) @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag such as en or pt-BR") String language,
        @Schema(description = "News agencies credited", example = "[\"AFP\", \"Reuters\"]") @Size(max = 20) List<@NotBlank @Size(max = 100) String> agencies) {

    public static final String LANGUAGE_TAG = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
}
