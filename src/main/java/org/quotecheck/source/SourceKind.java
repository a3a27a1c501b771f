package org.quotecheck.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.quotecheck.common.LowercaseEnum;

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
    public static class JpaConverter implements AttributeConverter<SourceKind, String> {
        @Override
        public String convertToDatabaseColumn(SourceKind kind) {
            return kind == null ? null : kind.value;
        }

        @Override
        public SourceKind convertToEntityAttribute(String value) {
            return value == null ? null : fromValue(value);
        }
    }
}
