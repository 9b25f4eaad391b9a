package io.kerong.shared.web;

import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.NumberKind;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON value readers that replace Jackson's lenient ones: strings without NUL (PostgreSQL cannot store it),
 * decimals through {@link BoundedDecimal} from their text (a number token is never turned into a BigDecimal first),
 * dates only as {@code yyyy-MM-dd} text (not {@code 12345} as a day count, not {@code []} as no date).
 */
final class StrictValues {

    static final char NUL = '\u0000';

    private StrictValues() {
    }

    static SimpleModule module() {
        return new SimpleModule("kerong-strict-values")
                .addDeserializer(String.class, new Texts())
                .addDeserializer(BigDecimal.class, new Decimals())
                .addDeserializer(LocalDate.class, new Dates());
    }

    /**
     * Checks every string and number of a body that is read as a tree, token by token before the tree is built: a
     * number by its text, as {@link Decimals} reads it in a typed body ({@code 1e5} refused in both, where a tree's
     * BigDecimal would no longer show that it was written with an exponent), and NUL in any string or name.
     */
    static void checkTokens(JsonParser p, List<Violation> violations) {
        for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
            switch (token) {
                case PROPERTY_NAME -> {
                    if (p.currentName().indexOf(NUL) >= 0) {
                        violations.add(Violation.of(JsonFieldPath.of(p.streamReadContext().getParent()),
                                "text.nul"));
                    }
                }
                case VALUE_STRING -> {
                    if (p.getString().indexOf(NUL) >= 0) {
                        violations.add(Violation.of(field(p), "text.nul"));
                    }
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    BoundedDecimal.Reading reading = BoundedDecimal.parse(field(p), p.getString(), NumberKind.DECIMAL);
                    if (!reading.ok()) {
                        violations.add(reading.violation());
                    }
                }
                default -> {
                    // structure: nothing to check
                }
            }
        }
    }

    /** The kind of value a field wants, as a message argument: text, number, whole number, date, true/false. */
    static String typeName(Class<?> raw) {
        if (raw == null) {
            return "value";
        }
        if (raw == String.class) {
            return "text";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(raw) || raw == double.class) {
            return "number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "boolean";
        }
        if (raw == LocalDate.class) {
            return "date";
        }
        if (java.util.Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "list";
        }
        return raw.isEnum() ? "choice" : "object";
    }

    private static String field(JsonParser p) {
        return JsonFieldPath.of(p.streamReadContext());
    }

    static final class Texts extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (text != null && text.indexOf(NUL) >= 0) {
                throw new JsonInput.Refused(p, Violation.of(field(p), "text.nul"));
            }
            return text;
        }
    }

    static final class Decimals extends StdScalarDeserializer<BigDecimal> {
        Decimals() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING && p.getString().isBlank()) {
                return null;
            }
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT
                    && token != JsonToken.VALUE_STRING) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            BoundedDecimal.Reading reading = BoundedDecimal.parse(field(p), p.getString(), NumberKind.DECIMAL);
            if (!reading.ok()) {
                throw new JsonInput.Refused(p, reading.violation());
            }
            return reading.value();
        }
    }

    static final class Dates extends StdScalarDeserializer<LocalDate> {
        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getString().strip();
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return text.length() <= 10 ? LocalDate.parse(text) : refused(p);
                } catch (DateTimeParseException e) {
                    return refused(p);
                }
            }
            return refused(p);
        }

        private static LocalDate refused(JsonParser p) {
            throw new JsonInput.Refused(p, Violation.of(field(p), "json.notADate"));
        }
    }
}
