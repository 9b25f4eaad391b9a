package io.kerong.enterprise.evaluation.web;

import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.BoundedDecimal.Refusal;
import io.kerong.shared.NumberKind;
import io.kerong.shared.NumberWords;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields from one JSON object and records every bad one instead of stopping at the first,
 * so a single response can name all of them. Readers return {@code null} for a bad field.
 */
final class JsonFields {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000"); // 1000万亿 yuan
    static final BigDecimal MAX_COUNT = new BigDecimal("10000000");

    private static final NumberWords WORDS = NumberWords.of("evaluation.error.notANumber", Refusal.NOT_A_NUMBER)
            .and("evaluation.error.notAnInteger", Refusal.NOT_WHOLE)
            .and("evaluation.error.tooManyDecimals", Refusal.FRACTION_DIGITS);

    private final JsonNode node;
    private final String prefix;
    private final List<FieldProblem> problems;

    JsonFields(JsonNode node, String prefix, List<FieldProblem> problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    String path(String name) {
        return prefix + name;
    }

    boolean isAbsent(String name) {
        JsonNode value = node.path(name);
        return value.isMissingNode() || value.isNull();
    }

    JsonNode raw(String name) {
        return node.path(name);
    }

    /** A required whole number ≥ 0. */
    Integer count(String name) {
        BigDecimal value = number(name, true, NumberKind.COUNT);
        if (value == null || !nonNegative(name, value) || !atMost(name, value, MAX_COUNT)) {
            return null;
        }
        return value.intValueExact();
    }

    /** A required amount in yuan ≥ 0 with at most two decimals. */
    BigDecimal amount(String name) {
        BigDecimal value = number(name, true, NumberKind.AMOUNT);
        return value != null && nonNegative(name, value) ? money(name, value) : null;
    }

    /** An optional amount in yuan ≥ 0; {@code null} when absent. */
    BigDecimal optionalAmount(String name) {
        if (isAbsent(name)) {
            return null;
        }
        return amount(name);
    }

    /** A required amount in yuan that may be negative (net assets). */
    BigDecimal signedAmount(String name) {
        BigDecimal value = number(name, true, NumberKind.AMOUNT);
        return value == null ? null : money(name, value);
    }

    /** An optional flag; absent or null means false. */
    boolean flag(String name) {
        JsonNode value = node.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            reject(name, "evaluation.error.notABoolean");
            return false;
        }
        return value.booleanValue();
    }

    /** An ISO date (yyyy-MM-dd); {@code null} when absent (then an error only if required) or bad. */
    LocalDate date(String name, boolean required) {
        if (isAbsent(name)) {
            return required ? rejected(name, "evaluation.error.required") : null;
        }
        JsonNode value = node.path(name);
        try {
            if (value.isString()) {
                return LocalDate.parse(value.stringValue().trim());
            }
        } catch (DateTimeParseException e) {
            // reported below, like any other non-date
        }
        return rejected(name, "evaluation.error.notADate");
    }

    void reject(String name, String messageKey, Object... arguments) {
        problems.add(new FieldProblem(path(name), messageKey, List.of(arguments)));
    }

    /** A number of {@code kind}, sent as a JSON number or as text; refused before any arithmetic when out of bounds. */
    private BigDecimal number(String name, boolean required, NumberKind kind) {
        if (isAbsent(name)) {
            return required ? rejected(name, "evaluation.error.required") : null;
        }
        JsonNode value = node.path(name);
        BoundedDecimal.Reading reading;
        if (value.isNumber()) {
            reading = BoundedDecimal.check(path(name), value.decimalValue(), kind);
        } else if (value.isString()) {
            reading = BoundedDecimal.parse(path(name), value.stringValue(), kind);
        } else {
            return rejected(name, "evaluation.error.notANumber");
        }
        if (reading.ok()) {
            return reading.value();
        }
        Violation refused = WORDS.violation(reading);
        reject(name, refused.messageKey(), refused.args());
        return null;
    }

    private BigDecimal money(String name, BigDecimal value) {
        return atMost(name, value.abs(), MAX_AMOUNT) ? value.setScale(2) : null;
    }

    private boolean nonNegative(String name, BigDecimal value) {
        if (value.signum() < 0) {
            reject(name, "evaluation.error.negative");
            return false;
        }
        return true;
    }

    private boolean atMost(String name, BigDecimal value, BigDecimal max) {
        if (value.compareTo(max) > 0) {
            reject(name, "evaluation.error.tooLarge", max);
            return false;
        }
        return true;
    }

    private <T> T rejected(String name, String messageKey) {
        reject(name, messageKey);
        return null;
    }
}
