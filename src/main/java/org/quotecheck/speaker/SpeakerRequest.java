package org.quotecheck.speaker;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A speaker to create (POST) or the full new state of one (PUT). */
@Schema(description = "A person quotes are attributed to")
public record SpeakerRequest(
        @Schema(required = true, example = "Vladimir Putin") @NotBlank @Size(max = 300) String name,
        @Schema(description = "Other names, matched case-, accent- and punctuation-insensitively", example = "[\"Putin\", \"Vladimir Vladimirovich Putin\", \"Владимир Путин\"]")
        @Size(max = 100) List<@NotBlank @Size(max = 300) String> aliases,
        @Schema(example = "Q7747") @Pattern(regexp = "^Q[1-9][0-9]{0,15}$", message = "must be a Wikidata item id such as Q7747") String wikidataId,
        @Schema(example = "President of Russia") @Size(max = 1000) String description,
        @Size(max = 50) List<@Valid RoleInput> roles,
        @Schema(description = "Languages the speaker speaks in public, the usual one first (BCP 47). A quote of theirs stored in another "
                + "language is taken as a translation from the first", example = "[\"ru\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 35) @Pattern(regexp = org.quotecheck.source.CreateSourceRequest.LANGUAGE_TAG,
                message = "must be a BCP 47 language tag such as ru or pt-BR") String> languages) {

    @Schema(description = "An office held between two dates")
    public record RoleInput(
            @Schema(required = true, example = "President") @NotBlank @Size(max = 200) String title,
            @Schema(example = "Russia") @Size(max = 200) String organization,
            @Schema(example = "2012-05-07") LocalDate from,
            @Schema(description = "null while the role is held", example = "null") LocalDate to) {
    }
}
