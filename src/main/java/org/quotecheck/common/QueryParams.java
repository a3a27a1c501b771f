package org.quotecheck.common;

import java.time.LocalDate;
import org.quotecheck.error.ApiException;

/**
 * Parses query parameters by hand so that a bad value is a 400 naming the parameter (JAX-RS
 * conversion failures would otherwise surface as a bare 404).
 */
public final class QueryParams {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private QueryParams() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = CalendarDates.parse(value.trim());
        if (date == null) {
            throw ApiException.invalidParameter(name, name + " " + CalendarDates.refusal(value));
        }
        return date;
    }

    public static int limit(String value) {
        return limit("limit", value);
    }

    /** A page size from the named parameter (the fact-check feed calls it pageSize). */
    public static int limit(String name, String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameter(name, name + " must be a whole number from 1 to " + MAX_LIMIT + ", got '" + clip(value) + "'");
    }

    /** Free text from a query parameter: trimmed, bounded, clean; null when absent. */
    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String problem = TextRules.problemWith(value);
        if (problem != null) {
            throw ApiException.invalidParameter(name, name + " " + problem);
        }
        if (value.length() > maxLength) {
            throw ApiException.invalidParameter(name, name + " must be at most " + maxLength + " characters");
        }
        return value.trim();
    }

    public static <E extends Enum<E> & LowercaseEnum> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LowercaseEnum.fromValue(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter(name, name + " must be one of " + LowercaseEnum.values(type) + ", got '" + clip(value) + "'");
        }
    }

    private static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
