package org.quotecheck.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Makes JSON input strict so that a client mistake is reported rather than guessed at: unknown
 * fields, numbers where text is expected (and the reverse), duplicate keys, trailing garbage and
 * text with NUL or other control characters, invisible format characters or broken surrogate pairs,
 * dates outside the calendar range and enum values with stray spaces are all rejected with the
 * offending field named.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Deep nesting is never legitimate in this API; refuse it early. */
    static final int MAX_NESTING = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, false);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(1_000_000)
                .maxNumberLength(100)
                .build());
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean, LogicalType.DateTime, LogicalType.Enum}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        SimpleModule strict = new SimpleModule("quotecheck-strict-text")
                .addDeserializer(String.class, new CleanStringDeserializer());
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                // a modifier, not a module deserializer: the Java time module registers after this customizer and would win
                return description.getBeanClass() == LocalDate.class ? new CalendarDateDeserializer() : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return new ExactEnumDeserializer(deserializer);
            }
        });
        mapper.registerModule(strict);
    }

    /** Dates as the API writes them (see CalendarDates): a string YYYY-MM-DD in range, never a number or an array. */
    static final class CalendarDateDeserializer extends StdScalarDeserializer<LocalDate> {

        CalendarDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = p.hasToken(JsonToken.VALUE_STRING) ? p.getText()
                    : p.currentToken() != null && p.currentToken().isStructStart() ? (p.currentToken() == JsonToken.START_ARRAY ? "[…]" : "{…}")
                    : p.getText();
            LocalDate date = p.hasToken(JsonToken.VALUE_STRING) ? CalendarDates.parse(value) : null;
            if (date == null) {
                throw InvalidFormatException.from(p, CalendarDates.refusal(value), value, LocalDate.class);
            }
            return date;
        }
    }

    /**
     * Enum values spelled exactly: Jackson would otherwise trim " admin" to admin, so that what was
     * stored is not what was sent.
     */
    static final class ExactEnumDeserializer extends DelegatingDeserializer {

        ExactEnumDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnumDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String value = p.getText();
                if (!value.equals(value.strip())) {
                    throw InvalidFormatException.from(p, "not one of the values", value, handledType());
                }
            }
            return _delegatee.deserialize(p, ctxt);
        }
    }

    /** Strings as usual, but only real text: no NUL or control characters, no lone surrogates. */
    static final class CleanStringDeserializer extends StdScalarDeserializer<String> {

        CleanStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String value = p.getText();
            String problem = TextRules.problemWith(value);
            if (problem != null) {
                throw InvalidFormatException.from(p, problem, value, String.class);
            }
            return value;
        }
    }
}
