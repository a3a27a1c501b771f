package org.quotecheck.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.common.LowercaseEnum;

/** What an API key may do; each role includes the ones before it. */
@Schema(enumeration = {"reader", "editor", "admin"})
public enum Role implements LowercaseEnum {
    /** all GETs, verify, check, extract without saving */
    READER,
    /** also creates and edits quotes, speakers, sources, imports */
    EDITOR,
    /** also manages keys */
    ADMIN;

    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }
}
