package io.kerong.shared.web;

import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.NumberKind;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
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

    /** Checks every string and number of a tree read without the value readers above. */
    static void checkTree(JsonNode node, String path, List<Violation> violations) {
        if (node == null) {
            return;
        }
        if (node.isString() && node.stringValue().indexOf(NUL) >= 0) {
            violations.add(Violation.of(path.isEmpty() ? "body" : path, "text.nul"));
        } else if (node.isNumber()) {
            BoundedDecimal.Reading reading = BoundedDecimal.check(path.isEmpty() ? "body" : path, node.decimalValue(),
                    NumberKind.DECIMAL);
            if (!reading.ok()) {
                violations.add(reading.violation());
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (property.getKey().indexOf(NUL) >= 0) {
                    violations.add(Violation.of(path.isEmpty() ? "body" : path, "text.nul"));
                } else {
                    checkTree(property.getValue(), JsonInput.Fields.child(path, property), violations);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTree(node.get(i), path + "[" + i + "]", violations);
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
        return JsonInput.Fields.of(p.streamReadContext());
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
