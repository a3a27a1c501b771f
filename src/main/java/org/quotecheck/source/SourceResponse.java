package org.quotecheck.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.common.PublicId;

@Schema(description = "A stored source")
public record SourceResponse(
        @Schema(example = "src_1") String id,
        @Schema(example = "https://www.dw.com/en/putin-tells-xi-russia-china-relations-are-at-their-best/a-69550350") String url,
        @Schema(nullable = true) String archiveUrl,
        @Schema(example = "DW", nullable = true) String outlet,
        @Schema(example = "Putin tells Xi Russia-China relations are at their 'best'", nullable = true) String title,
        @Schema(example = "2024-07-03", nullable = true) LocalDate publishedOn,
        @Schema(example = "article") SourceKind kind,
        @Schema(example = "en", nullable = true) String language,
        List<String> agencies,
        Instant createdAt) {

    public static SourceResponse of(Source source) {
        if (source == null) {
            return null;
        }
        return new SourceResponse(PublicId.SOURCE.format(source.id), source.url, source.archiveUrl, source.outlet, source.title,
                source.publishedOn, source.kind, source.language, List.copyOf(source.agencies), source.createdAt);
    }
}
