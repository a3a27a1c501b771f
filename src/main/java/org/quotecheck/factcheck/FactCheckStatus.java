package org.quotecheck.factcheck;

import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.common.LowercaseEnum;
import org.quotecheck.common.LowercaseEnumConverter;

/** Where a fact-check is in its life: drafted, published, or withdrawn (never deleted). */
@Schema(enumeration = {"draft", "published", "withdrawn"})
public enum FactCheckStatus implements LowercaseEnum {
    DRAFT, PUBLISHED, WITHDRAWN;

    @Converter(autoApply = true)
    public static class JpaConverter extends LowercaseEnumConverter<FactCheckStatus> {
        public JpaConverter() {
            super(FactCheckStatus.class);
        }
    }
}
