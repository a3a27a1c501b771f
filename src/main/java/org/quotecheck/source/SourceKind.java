package org.quotecheck.source;

import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.common.LowercaseEnum;
import org.quotecheck.common.LowercaseEnumConverter;

/** What kind of publication a source is. */
@Schema(enumeration = {"article", "transcript", "video", "press-release", "social-post", "other"})
public enum SourceKind implements LowercaseEnum {
    ARTICLE, TRANSCRIPT, VIDEO, PRESS_RELEASE,
    SOCIAL_POST, OTHER;

    @Converter(autoApply = true)
    public static class JpaConverter extends LowercaseEnumConverter<SourceKind> {
        public JpaConverter() {
            super(SourceKind.class);
        }
    }
}
