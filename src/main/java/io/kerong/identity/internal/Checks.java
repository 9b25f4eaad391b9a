package io.kerong.identity.internal;

import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every problem with one input, so the user sees them all at once and nothing is written. */
final class Checks {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{3,40}");

    private final List<Violation> violations = new ArrayList<>();

    /** The trimmed value, or null after recording that it is missing or too long. */
    String required(String field, String value, int maxLength) {
        String trimmed = trim(value);
        if (trimmed == null) {
            add(Violation.of(field, "identity.required"));
            return null;
        }
        return maxLength(field, trimmed, maxLength);
    }

    String optional(String field, String value, int maxLength) {
        String trimmed = trim(value);
        return trimmed == null ? null : maxLength(field, trimmed, maxLength);
    }

    String phone(String field, String value, boolean required) {
        String phone = required ? required(field, value, 20) : optional(field, value, 20);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            add(Violation.of(field, "identity.phone.invalid", phone));
        }
        return phone;
    }

    String email(String field, String value, boolean required) {
        String email = required ? required(field, value, 120) : optional(field, value, 120);
        if (email != null && !EMAIL.matcher(email).matches()) {
            add(Violation.of(field, "identity.email.invalid", email));
        }
        return email;
    }

    String username(String field, String value) {
        String username = required(field, value, 40);
        if (username != null && !USERNAME.matcher(username).matches()) {
            add(Violation.of(field, "identity.username.invalid"));
        }
        return username;
    }

    void add(Violation violation) {
        violations.add(violation);
    }

    boolean passed(String field) {
        return violations.stream().noneMatch(v -> v.field().equals(field));
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private String maxLength(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            add(Violation.of(field, "identity.too-long", maxLength));
            return null;
        }
        return value;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
