package org.quotecheck.extract.engine;

import java.util.List;

/** Everything the extractor found: the quotes in text order and the speakers with their mentions. */
public record Extraction(List<ExtractedQuote> quotes, List<SpeakerMentions> speakers) {

    /** A speaker of the text, by fullest name, with every way the text refers to them. */
    public record SpeakerMentions(String name, List<String> mentions) {
    }
}
