package io.kerong.shared;

import io.kerong.shared.UnifiedSocialCreditCode.ValidationResult;
import java.util.Locale;
import java.util.Optional;

/**
 * The GB 32100-2015 rules in the order a person reading the code would check them: shape first, then the meaning of
 * each part, then the two check characters. The first broken rule is reported, with what exactly is wrong.
 */
final class CreditCodeRules {

    /** Registration at national level (e.g. by the State Administration for Market Regulation) uses this code. */
    static final String NATIONAL_DIVISION_CODE = "100000";

    private static final int LENGTH = 18;

    private CreditCodeRules() {
    }

    static String normalize(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    static ValidationResult check(String raw, AdministrativeDivisions divisions) {
        String code = normalize(raw);
        if (code.isEmpty()) {
            return ValidationResult.invalid("uscc.required");
        }
        return checkShape(code)
                .or(() -> checkParts(code, divisions))
                .or(() -> checkCharacters(code))
                .orElseGet(() -> ValidationResult.valid(new UnifiedSocialCreditCode(code)));
    }

    private static Optional<ValidationResult> checkShape(String code) {
        int length = code.codePointCount(0, code.length());
        if (length != LENGTH) {
            return failure("uscc.length", length);
        }
        int[] codePoints = code.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (!CheckCharacters.isCodeCharacter(codePoints[i])) {
                return failure("uscc.illegalCharacter", Character.toString(codePoints[i]), i + 1);
            }
        }
        return Optional.empty();
    }

    private static Optional<ValidationResult> checkParts(String code, AdministrativeDivisions divisions) {
        char authorityCode = code.charAt(0);
        RegistrationAuthority authority = RegistrationAuthority.ofCode(authorityCode).orElse(null);
        if (authority == null) {
            return failure("uscc.unknownAuthority", String.valueOf(authorityCode));
        }
        char type = code.charAt(1);
        if (!authority.allowsOrganizationType(type)) {
            return failure("uscc.unknownOrganizationType", String.valueOf(type),
                    String.valueOf(authorityCode), String.join("、", authority.organizationTypes().split("")));
        }
        String division = code.substring(2, 8);
        if (!NATIONAL_DIVISION_CODE.equals(division) && divisions.find(division).isEmpty()) {
            return failure("uscc.unknownDivision", division);
        }
        return Optional.empty();
    }

    private static Optional<ValidationResult> checkCharacters(String code) {
        char organizationCheck = CheckCharacters.organizationCodeCheck(code.substring(8, 16));
        if (code.charAt(16) != organizationCheck) {
            return failure("uscc.organizationCodeCheckCharacter", String.valueOf(organizationCheck));
        }
        char check = CheckCharacters.creditCodeCheck(code);
        if (code.charAt(17) != check) {
            return failure("uscc.checkCharacter", String.valueOf(check));
        }
        return Optional.empty();
    }

    private static Optional<ValidationResult> failure(String messageKey, Object... args) {
        return Optional.of(ValidationResult.invalid(messageKey, args));
    }
}
