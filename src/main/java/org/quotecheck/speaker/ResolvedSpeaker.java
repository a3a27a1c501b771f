package org.quotecheck.speaker;

import org.quotecheck.common.PublicId;

/** A speaker a mention was resolved to: what a verdict needs of it, safe to cache and share between requests. */
public record ResolvedSpeaker(long id, String name) {

    public static ResolvedSpeaker of(Speaker s) {
        return new ResolvedSpeaker(s.id, s.name);
    }

    public SpeakerRef ref() {
        return new SpeakerRef(PublicId.SPEAKER.format(id), name);
    }
}
