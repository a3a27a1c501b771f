package org.quotecheck.quote;

import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.common.LowercaseEnum;
import org.quotecheck.common.LowercaseEnumConverter;

/** Editorial state of a stored quote. Retraction replaces deletion: nothing is hard-deleted. */
@Schema(enumeration = {"unreviewed", "verified", "disputed", "retracted"})
public enum QuoteStatus implements LowercaseEnum {
    UNREVIEWED, VERIFIED, DISPUTED, RETRACTED;

    @Converter(autoApply = true)
    public static class JpaConverter extends LowercaseEnumConverter<QuoteStatus> {
        public JpaConverter() {
            super(QuoteStatus.class);
        }
    }
}
