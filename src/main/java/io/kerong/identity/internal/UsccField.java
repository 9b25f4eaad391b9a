package io.kerong.identity.internal;

import io.kerong.shared.Violation;
import java.util.Locale;

/** Checks a 统一社会信用代码 field and gives it in canonical form (trimmed, capitals). */
final class UsccField {

    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UsccField() {
    }

    /** The canonical code, or null after recording why it is not valid. */
    static String check(Checks checks, String field, String value) {
        String code = checks.required(field, value, 40);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (code.length() != 18 || !code.chars().allMatch(c -> CODE_CHARACTERS.indexOf(c) >= 0)) {
            checks.add(Violation.of(field, "identity.uscc.format", code));
            return null;
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            checks.add(Violation.of(field, "identity.uscc.check", code, code.charAt(17), expected));
            return null;
        }
        return code;
    }

    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CODE_CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int value = 31 - sum % 31;
        return CODE_CHARACTERS.charAt(value == 31 ? 0 : value);
    }
}
