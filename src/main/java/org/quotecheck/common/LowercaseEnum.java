package org.quotecheck.common;

/** An enum whose API and database spelling is a lower-case word ("press-release", "unreviewed"). */
public interface LowercaseEnum {

    String value();

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
