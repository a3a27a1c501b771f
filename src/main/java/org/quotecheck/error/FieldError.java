package org.quotecheck.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One offending field of a rejected request, named by its JSON path ({@code source.url}). */
@Schema(description = "An offending field of a rejected request")
public record FieldError(
        @Schema(example = "source.url") String field,
        @Schema(example = "must be an absolute http(s) URL") String detail) {
}
