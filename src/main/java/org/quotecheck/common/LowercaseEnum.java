package org.quotecheck.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum whose API and database spelling is its name in lower case with hyphens
 * (PRESS_RELEASE is "press-release"), in JSON through {@link JsonValue} and in columns through
 * {@link LowercaseEnumConverter}.
 */
public interface LowercaseEnum {

    String name();

    @JsonValue
    default String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & LowercaseEnum> E fromValue(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.value().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not one of " + values(type));
    }

    static <E extends Enum<E> & LowercaseEnum> String values(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(constant.value());
        }
        return sb.toString();
    }
}
