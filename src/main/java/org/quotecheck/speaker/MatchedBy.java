package org.quotecheck.speaker;

/** How a mention was tied to a speaker, in the order the resolver tries them. */
public enum MatchedBy {
    /** The speaker's name or an alias, with or without a title before it ("President Erdogan"). */
    NAME,
    /** The surname or family name alone, or after a title ("Putin", "Mr Fernandes", "President Xi"). */
    SURNAME,
    /** An office held at the date ("the Estonian president", "the former US Defense Secretary"). */
    OFFICE
}
