package io.kerong.shared.web;

import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The one way JSON input is read, by the application's mapper and by every controller that reads a body as a tree.
 * Limits apply while the text is read (a number of more than {@link #MAX_NUMBER_LENGTH} characters, a string of more
 * than {@link #MAX_STRING_LENGTH}, nesting deeper than {@link #MAX_DEPTH}), so nothing huge is ever parsed; values of
 * the wrong JSON type are refused instead of coerced ({@code true} as a name, {@code 12345} as a date, {@code 0.001} as
 * a count); decimals go through {@link io.kerong.shared.BoundedDecimal}; a NUL character is refused in any string.
 * Every refusal becomes a {@link Violation} naming the field.
 */
public final class JsonInput {

    public static final int MAX_NUMBER_LENGTH = 100;
    public static final int MAX_STRING_LENGTH = 100_000;
    public static final int MAX_DEPTH = 32;

    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(MAX_STRING_LENGTH).maxNestingDepth(MAX_DEPTH).build();
    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    private static final JsonMapper TREES = builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private JsonInput() {
    }

    /** A mapper builder with the limits and the strict types; the application's mapper is built from it. */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder(FACTORY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, c -> refuse(c::setCoercion,
                        CoercionInputShape.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float))
                .withCoercionConfig(LogicalType.Integer, c -> refuse(c::setCoercion,
                        CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Boolean, c -> refuse(c::setCoercion,
                        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String))
                .addModule(StrictValues.module());
    }

    /**
     * A body as a tree (decimals as BigDecimal); every string and number in it checked first by the rules of a typed
     * body (a number by its text, so {@code 1e5} is refused here as there).
     */
    public static JsonNode readTree(String body) {
        List<Violation> violations = new ArrayList<>();
        try (JsonParser parser = TREES.createParser(body)) {
            read(parser, () -> {
                StrictValues.checkTokens(parser, violations);
                return null;
            });
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        try (JsonParser parser = TREES.createParser(body)) {
            return read(parser, () -> TREES.readTree(parser));
        }
    }

    /** A body read as {@code type} with {@code mapper} (one built from {@link #builder()}). */
    public static <T> T readValue(JsonMapper mapper, String body, Class<T> type) {
        ObjectReader reader = mapper.readerFor(type);
        try (JsonParser parser = reader.createParser(body)) {
            return read(parser, () -> reader.readValue(parser));
        }
    }

    /**
     * The violation a refused JSON value stands for, naming its field; empty for JSON that is not well-formed at all,
     * which the caller words as it words a bad body.
     */
    public static Optional<Violation> violation(JacksonException e) {
        if (e instanceof Refused refused) {
            return Optional.of(refused.violation());
        }
        if (e instanceof StreamConstraintsException) {
            return Optional.of(Violation.of(JsonFieldPath.of(e), limitKey(e), limitArguments(e)));
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return Optional.of(Violation.of(JsonFieldPath.of(e), "json.wrongType",
                    new DefaultMessageSourceResolvable("json.type." + StrictValues.typeName(m.getTargetType()))));
        }
        return Optional.empty();
    }

    /** Wraps a reader so that a limit hit while reading still names the field it was hit in. */
    public static ObjectReader naming(ObjectReader reader) {
        return new NamingReader(reader);
    }

    interface Read<T> {
        T run();
    }

    private static <T> T read(JsonParser parser, Read<T> read) {
        try {
            return read.run();
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException(Violation.of(JsonFieldPath.of(parser.streamReadContext()), limitKey(e),
                    limitArguments(e)));
        } catch (NumberFormatException e) {
            // a short number whose exponent is beyond what BigDecimal holds (1e99999999999): Jackson lets it through
            throw new InvalidInputException(Violation.of(JsonFieldPath.of(parser.streamReadContext()), "number.exponent"));
        } catch (JacksonException e) {
            Optional<Violation> violation = violation(e);
            if (violation.isPresent()) {
                throw new InvalidInputException(violation.get());
            }
            throw e;
        }
    }

    static Refused limitHit(JsonParser parser, StreamConstraintsException e) {
        return new Refused(parser, Violation.of(JsonFieldPath.of(parser.streamReadContext()), limitKey(e), limitArguments(e)));
    }

    /**
     * Jackson stops a long number either as a number or, past the string limit, while still buffering its text: both
     * are said the same way, with both limits.
     */
    private static String limitKey(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        return message.startsWith("Number") || message.startsWith("String") ? "json.valueTooLong" : "json.tooDeep";
    }

    private static Object[] limitArguments(JacksonException e) {
        return limitKey(e).equals("json.tooDeep") ? new Object[] {MAX_DEPTH}
                : new Object[] {MAX_NUMBER_LENGTH, MAX_STRING_LENGTH};
    }

    private static void refuse(java.util.function.BiFunction<CoercionInputShape, CoercionAction, ?> set,
                               CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            set.apply(shape, CoercionAction.Fail);
        }
    }

    /** A value refused by one of the platform's own rules, with the violation that says why. */
    public static final class Refused extends MismatchedInputException {

        private final transient Violation violation;

        Refused(JsonParser parser, Violation violation) {
            super(parser, violation.messageKey());
            this.violation = violation;
        }

        /** The violation under the full path of the field (Jackson adds the path as the exception travels up). */
        public Violation violation() {
            String field = getPath().isEmpty() ? violation.field() : JsonFieldPath.of(this);
            return new Violation(field, violation.messageKey(), violation.args(), violation.row(), violation.value());
        }
    }

}
