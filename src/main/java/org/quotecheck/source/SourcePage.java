package org.quotecheck.source;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of sources, newest first")
public record SourcePage(List<SourceResponse> data,
        @Schema(description = "Pass as cursor to get the next page; null on the last page", nullable = true) String nextCursor,
        boolean hasMore) {
}
