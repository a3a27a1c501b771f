package org.quotecheck.speaker;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Whom a mention names at a date: one speaker, or the candidates when it is ambiguous")
public record SpeakerResolution(
        @Schema(example = "the Turkish president") String mention,
        @Schema(example = "2024-07-03") LocalDate date,
        @Schema(description = "How the mention was tied to the speakers: NAME (name or alias, with or without a title), "
                + "SURNAME (surname or family name alone or after a title), OFFICE (an office held at the date)", example = "OFFICE")
        MatchedBy matchedBy,
        @Schema(description = "The speaker when exactly one matches") Candidate speaker,
        @Schema(description = "Every match, when more than one") List<Candidate> candidates) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A matching speaker with the role held at the date, if any")
    public record Candidate(@Schema(example = "sp_3") String id, @Schema(example = "Recep Tayyip Erdogan") String name,
            SpeakerResponse.RoleResponse role) {
    }
}
