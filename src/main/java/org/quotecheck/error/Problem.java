package org.quotecheck.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "https://quotecheck.dev/problems/validation-failed") String type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "text: must not be blank") String detail,
        @Schema(example = "/v1/quotes") String instance,
        @Schema(description = "The first offending field, if any", example = "text") String field,
        @Schema(description = "Every offending field") List<FieldError> errors,
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    /** The same problem with one more top-level member (the request id, added on the way out). */
    public Problem withMember(String name, Object value) {
        java.util.Map<String, Object> members = new java.util.LinkedHashMap<>(extensionMembers());
        members.put(name, value);
        return new Problem(type, title, status, detail, instance, field, errors, members);
    }

    // the any-getter writes the extension members at the top level, not nested
    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Object> extensions() {
        return extensions;
    }
}
