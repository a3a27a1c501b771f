package org.quotecheck.factcheck;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.quotecheck.common.LowercaseEnum;
import org.quotecheck.common.LowercaseEnumConverter;

/** Where a fact-check is in its life: drafted, published, or withdrawn (never deleted). */
public enum FactCheckStatus implements LowercaseEnum {
    DRAFT("draft"), PUBLISHED("published"), WITHDRAWN("withdrawn");

    private final String value;

    FactCheckStatus(String value) {
        this.value = value;
    }

    @Override
    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static FactCheckStatus fromValue(String value) {
        return LowercaseEnum.fromValue(FactCheckStatus.class, value);
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends LowercaseEnumConverter<FactCheckStatus> {
        public JpaConverter() {
            super(FactCheckStatus.class);
        }
    }
}
