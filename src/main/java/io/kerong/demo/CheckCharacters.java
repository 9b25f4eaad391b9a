package io.kerong.demo;

/**
 * Check characters of the organization code (组织机构代码, GB 11714) that makes up positions 9–17 of a unified
 * social credit code.
 */
final class CheckCharacters {

    private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CheckCharacters() {
    }

    /** The eight-character body followed by its GB 11714 check character (0–9 or X). */
    static String organizationCode(String body) {
        if (body.length() != 8) {
            throw new IllegalArgumentException("an organization code body has 8 characters: " + body);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * ORGANIZATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return body + (check == 10 ? "X" : check == 11 ? "0" : String.valueOf(check));
    }

    /** The first 17 characters of a unified social credit code followed by its GB 32100 check character. */
    static String creditCode(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CODE_CHARACTERS.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = (31 - sum % 31) % 31;
        return first17 + CREDIT_CODE_CHARACTERS.charAt(check);
    }
}
