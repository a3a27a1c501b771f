package org.quotecheck.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.quotecheck.common.LowercaseEnum;

/** What an API key may do; each role includes the ones before it. */
public enum Role implements LowercaseEnum {
    /** all GETs, verify, check, extract without saving */
    READER("reader"),
    /** also creates and edits quotes, speakers, sources, imports */
    EDITOR("editor"),
    /** also manages keys */
    ADMIN("admin");

    private final String value;

    Role(String value) {
        this.value = value;
    }

    @Override
    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static Role fromValue(String value) {
        return LowercaseEnum.fromValue(Role.class, value);
    }

    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }
}
