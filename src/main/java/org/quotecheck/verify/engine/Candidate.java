package org.quotecheck.verify.engine;

import java.time.LocalDate;

/**
 * A stored quote that might be the claim's source.
 *
 * @param speakerName for showing it among the alternatives
 * @param date when it was said: saidOn, or failing that its earliest publication
 */
public record Candidate(long quoteId, String text, long speakerId, String speakerName, LocalDate date) {
}
