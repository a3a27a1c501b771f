package org.quotecheck.speaker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.common.PublicId;

@Schema(description = "A stored speaker")
public record SpeakerResponse(
        @Schema(example = "sp_1") String id,
        @Schema(example = "Vladimir Putin") String name,
        @Schema(example = "[\"Putin\", \"Vladimir Vladimirovich Putin\", \"Владимир Путин\"]") List<String> aliases,
        @Schema(example = "Q7747", nullable = true) String wikidataId,
        @Schema(example = "President of Russia", nullable = true) String description,
        List<RoleResponse> roles,
        @Schema(description = "Languages spoken in public, the usual one first", example = "[\"ru\"]") List<String> languages,
        Instant createdAt,
        Instant updatedAt,
        @Schema(example = "0", description = "Also the ETag") long version) {

    @Schema(description = "An office held between two dates")
    public record RoleResponse(
            @Schema(example = "President") String title,
            @Schema(example = "Russia", nullable = true) String organization,
            @Schema(example = "2012-05-07", nullable = true) LocalDate from,
            @Schema(nullable = true) LocalDate to) {
    }

    /** Needs the speaker's aliases and roles loaded (or a session to load them). */
    public static SpeakerResponse of(Speaker s) {
        List<String> aliases = s.aliases.stream().map(a -> a.alias).filter(a -> !a.equals(s.name)).toList();
        List<RoleResponse> roles = s.roles.stream().map(r -> new RoleResponse(r.title, r.organization, r.validFrom, r.validTo)).toList();
        return new SpeakerResponse(PublicId.SPEAKER.format(s.id), s.name, aliases, s.wikidataId, s.description, roles, List.copyOf(s.languages), s.createdAt, s.updatedAt, s.version);
    }
}
