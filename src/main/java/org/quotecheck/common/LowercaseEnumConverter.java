package org.quotecheck.common;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link LowercaseEnum} as its lower-case word; each enum declares a concrete subclass for JPA. */
public abstract class LowercaseEnumConverter<E extends Enum<E> & LowercaseEnum> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected LowercaseEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.value();
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return value == null ? null : LowercaseEnum.fromValue(type, value);
    }
}
