package org.quotecheck.quote;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of quotes: by relevance with q, newest first without")
public record QuotePage(List<QuoteResponse> data,
        @Schema(description = "Pass as cursor to get the next page; null on the last page", nullable = true) String nextCursor,
        boolean hasMore) {
}
