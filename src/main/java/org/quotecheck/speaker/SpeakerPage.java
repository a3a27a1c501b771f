package org.quotecheck.speaker;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of speakers: best match first with q, newest first without")
public record SpeakerPage(List<SpeakerResponse> data,
        @Schema(description = "Pass as cursor to get the next page; null on the last page", nullable = true) String nextCursor,
        boolean hasMore) {
}
