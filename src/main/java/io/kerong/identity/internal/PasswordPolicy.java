package io.kerong.identity.internal;

import io.kerong.shared.Violation;

/** 密码规则: at least 8 characters, with both letters and digits; the confirmation must repeat it. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; longer passwords would be silently cut. */
    static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    static void check(Checks checks, String field, String password, String confirmField, String confirmation) {
        if (password == null || password.isEmpty()) {
            checks.add(Violation.of(field, "identity.required"));
        } else if (!isStrong(password)) {
            checks.add(Violation.of(field, "identity.password.weak", MIN_LENGTH));
        }
        if (confirmField != null && password != null && !password.isEmpty() && !password.equals(confirmation)) {
            checks.add(Violation.of(confirmField, "identity.password.mismatch"));
        }
    }

    static boolean isStrong(String password) {
        return password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH
                && password.chars().anyMatch(Character::isLetter)
                && password.chars().anyMatch(c -> c >= '0' && c <= '9');
    }
}
