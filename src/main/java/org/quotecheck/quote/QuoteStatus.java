package org.quotecheck.quote;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.quotecheck.common.LowercaseEnum;
import org.quotecheck.common.LowercaseEnumConverter;

/** Editorial state of a stored quote. Retraction replaces deletion: nothing is hard-deleted. */
public enum QuoteStatus implements LowercaseEnum {
    UNREVIEWED("unreviewed"), VERIFIED("verified"), DISPUTED("disputed"), RETRACTED("retracted");

    private final String value;

    QuoteStatus(String value) {
        this.value = value;
    }

    @Override
    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static QuoteStatus fromValue(String value) {
        return LowercaseEnum.fromValue(QuoteStatus.class, value);
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends LowercaseEnumConverter<QuoteStatus> {
        public JpaConverter() {
            super(QuoteStatus.class);
        }
    }
}
