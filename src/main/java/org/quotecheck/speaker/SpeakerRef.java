package org.quotecheck.speaker;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.common.PublicId;

@Schema(description = "A speaker, by id and canonical name")
public record SpeakerRef(
        @Schema(example = "sp_1") String id,
        @Schema(example = "Vladimir Putin") String name) {

    public static SpeakerRef of(Speaker s) {
        return new SpeakerRef(PublicId.SPEAKER.format(s.id), s.name);
    }
}
