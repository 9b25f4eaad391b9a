package io.kerong.identity.internal;

import io.kerong.shared.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * 密码规则, the one rule for every password the platform sets (registration, staff, resets, one's own change, the
 * first operator admin): 8 to 64 characters and at most 72 bytes in UTF-8, letters and digits both, no leading or
 * trailing spaces, not one of the 10,000 commonest passwords, and neither the user name nor the organization's
 * credit code, all compared without regard to case. The first rule broken is reported, so the message is specific.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;
    /** bcrypt reads at most 72 bytes and refuses more: 24 Chinese characters already take 72. */
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Checks a new password that is typed twice ({@code confirmField} null: typed once). */
    static void check(Checks checks, String field, String password, String confirmField, String confirmation,
                      String username, String creditCode) {
        problem(field, password, username, creditCode).ifPresent(checks::add);
        if (confirmField != null && password != null && !password.isEmpty() && !password.equals(confirmation)) {
            checks.add(Violation.of(confirmField, "identity.password.mismatch"));
        }
    }

    static void check(Checks checks, String field, String password, String username, String creditCode) {
        check(checks, field, password, null, null, username, creditCode);
    }

    /** What is wrong with the password, if anything; {@code username} and {@code creditCode} may be null. */
    static Optional<Violation> problem(String field, String password, String username, String creditCode) {
        String key = ruleBroken(password, username, creditCode);
        if (key == null) {
            return Optional.empty();
        }
        return Optional.of(switch (key) {
            case "identity.password.length" -> Violation.of(field, key, MIN_LENGTH, MAX_LENGTH);
            case "identity.password.bytes" -> Violation.of(field, key, MAX_BYTES);
            default -> Violation.of(field, key);
        });
    }

    /** The message key of the first rule the password breaks, or null when it passes. */
    static String ruleBroken(String password, String username, String creditCode) {
        if (password == null || password.isEmpty()) {
            return "identity.required";
        }
        if (!password.equals(password.strip())) {
            return "identity.password.spaces";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return "identity.password.length";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "identity.password.bytes";
        }
        if (password.codePoints().noneMatch(Character::isLetter) || password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return "identity.password.weak";
        }
        if (CommonPasswords.contains(password)) {
            return "identity.password.common";
        }
        if (username != null && password.equalsIgnoreCase(username.strip())) {
            return "identity.password.username";
        }
        if (creditCode != null && password.equalsIgnoreCase(creditCode.strip())) {
            return "identity.password.credit-code";
        }
        return null;
    }

    static boolean isAcceptable(String password, String username, String creditCode) {
        return ruleBroken(password, username, creditCode) == null;
    }

    /** Lower case as the common-password list is written. */
    static String folded(String password) {
        return password.toLowerCase(Locale.ROOT);
    }
}
