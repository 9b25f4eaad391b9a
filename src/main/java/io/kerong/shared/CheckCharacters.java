package io.kerong.shared;

/**
 * The two check-character algorithms inside a unified social credit code: GB 32100-2015 for position 18 and
 * GB 11714 for the organization code at positions 9–17.
 */
final class CheckCharacters {

    /** GB 32100 code character set in value order (0–30): digits and capitals without I, O, Z, S and V. */
    static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int CODE_MODULUS = 31;
    private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int ORGANIZATION_MODULUS = 11;

    private CheckCharacters() {
    }

    static boolean isCodeCharacter(int codePoint) {
        return codePoint < 128 && CODE_CHARACTERS.indexOf(codePoint) >= 0;
    }

    static boolean isCodeCharacters(String text) {
        return text.chars().allMatch(CheckCharacters::isCodeCharacter);
    }

    /** C18 = 31 − (Σ Ci × Wi mod 31), where 31 becomes 0; the result is looked up in the code character set. */
    static char creditCodeCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < CODE_WEIGHTS.length; i++) {
            sum += CODE_CHARACTERS.indexOf(first17.charAt(i)) * CODE_WEIGHTS[i];
        }
        int value = CODE_MODULUS - sum % CODE_MODULUS;
        return CODE_CHARACTERS.charAt(value == CODE_MODULUS ? 0 : value);
    }

    /** C9 = 11 − (Σ Ci × Wi mod 11), where 10 becomes 'X' and 11 becomes '0'; letters count A=10 … Z=35. */
    static char organizationCodeCheck(String body8) {
        int sum = 0;
        for (int i = 0; i < ORGANIZATION_WEIGHTS.length; i++) {
            sum += organizationValue(body8.charAt(i)) * ORGANIZATION_WEIGHTS[i];
        }
        int value = ORGANIZATION_MODULUS - sum % ORGANIZATION_MODULUS;
        return switch (value) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + value);
        };
    }

    static boolean isOrganizationBody(String body) {
        return body.length() == ORGANIZATION_WEIGHTS.length && body.chars().allMatch(c -> organizationValue((char) c) >= 0);
    }

    private static int organizationValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
    }
}
