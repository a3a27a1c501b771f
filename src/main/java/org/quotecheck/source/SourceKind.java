package org.quotecheck.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.quotecheck.common.LowercaseEnum;
import org.quotecheck.common.LowercaseEnumConverter;

/** What kind of publication a source is. */
public enum SourceKind implements LowercaseEnum {
    ARTICLE("article"), TRANSCRIPT("transcript"), VIDEO("video"), PRESS_RELEASE("press-release"),
    SOCIAL_POST("social-post"), OTHER("other");

    private final String value;

    SourceKind(String value) {
        this.value = value;
    }

    @Override
    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static SourceKind fromValue(String value) {
        return LowercaseEnum.fromValue(SourceKind.class, value);
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends LowercaseEnumConverter<SourceKind> {
        public JpaConverter() {
            super(SourceKind.class);
        }
    }
}
