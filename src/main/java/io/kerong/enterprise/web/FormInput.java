package io.kerong.enterprise.web;

import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.BoundedDecimal.Refusal;
import io.kerong.shared.NumberKind;
import io.kerong.shared.NumberWords;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads typed values from form text, remembering every field that could not be read, so that the page can show
 * those next to the rule violations the registry finds in the rest.
 */
final class FormInput {

    private static final NumberWords AMOUNT_WORDS = NumberWords.of("enterprise.number.invalid",
            Refusal.NOT_A_NUMBER, Refusal.NOT_WHOLE);
    private static final NumberWords COUNT_WORDS = NumberWords.of("enterprise.integer.invalid",
            Refusal.NOT_A_NUMBER, Refusal.NOT_WHOLE);

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> violations() {
        return violations;
    }

    BigDecimal amount(String field, String raw) {
        String text = blankToNull(raw);
        if (text == null) {
            return null;
        }
        return read(field, text, NumberKind.DECIMAL, AMOUNT_WORDS);
    }

    Integer count(String field, String raw) {
        String text = blankToNull(raw);
        if (text == null) {
            return null;
        }
        BigDecimal count = read(field, text, NumberKind.COUNT, COUNT_WORDS);
        return count == null ? null : count.intValueExact();
    }

    /** Through the platform's one number reader; text that is no number at all keeps this form's own message. */
    private BigDecimal read(String field, String text, NumberKind kind, NumberWords words) {
        BoundedDecimal.Reading reading = BoundedDecimal.parse(field, text, kind);
        if (reading.ok()) {
            return reading.value();
        }
        violations.add(words.violation(reading, shown(text)));
        return null;
    }

    private static String shown(String text) {
        return text.length() > BoundedDecimal.MAX_LENGTH ? text.substring(0, BoundedDecimal.MAX_LENGTH) + "…" : text;
    }

    LocalDate date(String field, String raw) {
        String text = blankToNull(raw);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(field, "enterprise.date.invalid", text));
            return null;
        }
    }

    <E extends Enum<E>> E choice(Class<E> type, String field, String raw) {
        String text = blankToNull(raw);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of(field, "enterprise.choice.invalid", text));
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
