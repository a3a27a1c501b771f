package org.quotecheck.app;

import java.util.List;
import org.quotecheck.quote.CreateQuoteRequest;
import org.quotecheck.speaker.SpeakerRequest;

/** The shape of a db/seed file: speakers first, then quotes that name them. */
public record DemoData(List<SpeakerRequest> speakers, List<CreateQuoteRequest> quotes) {
}
