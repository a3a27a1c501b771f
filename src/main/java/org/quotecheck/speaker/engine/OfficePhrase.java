package org.quotecheck.speaker.engine;

import java.util.Set;

/**
 * An office as a bag of words: the words of the title ("secretary", "defense"), the words of the
 * body it is held in ("country:united states", "green", "bay", "packers"), and whether it is a past
 * office ("the former …"). Word order does not count, so "the US Defense Secretary" and "Secretary of
 * Defense, United States" are the same office.
 */
public record OfficePhrase(boolean former, Set<String> title, Set<String> organization) {
}
