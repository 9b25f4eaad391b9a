package io.kerong.enterprise.web;

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

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> violations() {
        return violations;
    }

    BigDecimal amount(String field, String raw) {
        String text = blankToNull(raw);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            violations.add(Violation.of(field, "enterprise.number.invalid", text));
            return null;
        }
    }

    Integer count(String field, String raw) {
        String text = blankToNull(raw);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            violations.add(Violation.of(field, "enterprise.integer.invalid", text));
            return null;
        }
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
