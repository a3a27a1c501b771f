package org.quotecheck.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The dates the API takes: calendar dates written YYYY-MM-DD from 1000-01-01 to 2999-12-31. Years
 * before 1000 or after 2999 are typing mistakes in a newsroom, and the extremes of Java's date range
 * (year 0, BC, +999999999) do not survive the trip through PostgreSQL unchanged.
 */
public final class CalendarDates {

    public static final LocalDate MIN = LocalDate.of(1000, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2999, 12, 31);

    /** What every date error says, after the field's name. */
    public static final String EXPECTED = "must be a date from " + MIN + " to " + MAX + " written YYYY-MM-DD, like 2024-07-03";

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private CalendarDates() {
    }

    /** The date {@code text} writes, or null if it is not one the API takes. */
    public static LocalDate parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text, STRICT);
            return inRange(date) ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    /** The detail for a refused value, quoting (a clipped) it. */
    public static String refusal(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return EXPECTED + ", got '" + shown + "'";
    }
}
