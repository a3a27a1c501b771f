package org.quotecheck.factcheck;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of fact-checks, newest review first (Google Fact Check Tools style paging)")
public record FactCheckPage(List<FactCheckResponse> claims,
        @Schema(description = "Pass as pageToken for the next page; null on the last", nullable = true) String nextPageToken) {
}
