package org.quotecheck.speaker;

/** Fired when a speaker, its aliases or roles change; the resolver's cache is dropped once the change is committed. */
public record SpeakersChanged() {
}
