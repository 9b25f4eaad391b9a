package io.kerong.shared;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): the 18-character identifier of every legal person and other organization in China.
 * <pre>
 * 9 1 510107 MA6XXXXX X C
 * │ │ │      │         └ position 18: check character (modulus 31)
 * │ │ │      └ positions 9–17: organization code (组织机构代码, GB 11714) with its own check character at 17
 * │ │ └ positions 3–8: administrative division of the registering authority (GB/T 2260)
 * │ └ position 2: organization type (机构类别)
 * └ position 1: registration authority (登记管理部门)
 * </pre>
 * Only valid codes exist as instances: obtain one with {@link #parse(String)} or {@link #validate(String)}.
 */
public final class UnifiedSocialCreditCode {

    private final String value;

    UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /** Checks a text against every rule, using the bundled division table. Input is trimmed and upper-cased first. */
    public static ValidationResult validate(String raw) {
        return validate(raw, AdministrativeDivisions.fromClasspath());
    }

    public static ValidationResult validate(String raw, AdministrativeDivisions divisions) {
        return CreditCodeRules.check(raw, divisions);
    }

    /** @throws InvalidUnifiedSocialCreditCodeException naming the first broken rule */
    public static UnifiedSocialCreditCode parse(String raw) {
        return parse(raw, AdministrativeDivisions.fromClasspath());
    }

    public static UnifiedSocialCreditCode parse(String raw, AdministrativeDivisions divisions) {
        ValidationResult result = validate(raw, divisions);
        return result.code().orElseThrow(
                () -> new InvalidUnifiedSocialCreditCodeException(raw, result.messageKey(), result.args()));
    }

    /** Appends the position-18 check character to 17 code characters (for demo data and test fixtures). */
    public static String withCheckCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !CheckCharacters.isCodeCharacters(first17)) {
            throw new IllegalArgumentException("Expected 17 characters of 0-9A-HJ-NPQRTUWXY, got '" + first17 + "'");
        }
        return first17 + CheckCharacters.creditCodeCheck(first17);
    }

    /** The GB 11714 check character of an 8-character organization code body (0-9, A-Z). */
    public static char organizationCodeCheckCharacter(String body8) {
        if (body8 == null || !CheckCharacters.isOrganizationBody(body8)) {
            throw new IllegalArgumentException("Expected 8 characters of 0-9A-Z, got '" + body8 + "'");
        }
        return CheckCharacters.organizationCodeCheck(body8);
    }

    /**
     * Builds a complete code with both check characters, e.g. {@code assemble("91", "510107", "MA6CXXXX")}.
     * The parts are not checked against the authority and division tables: use {@link #parse(String)} for that.
     */
    public static String assemble(String authorityAndType, String divisionCode, String organizationBody) {
        String body = organizationBody + organizationCodeCheckCharacter(organizationBody);
        return withCheckCharacter(authorityAndType + divisionCode + body);
    }

    public String value() {
        return value;
    }

    /** Position 1. */
    public RegistrationAuthority registrationAuthority() {
        return RegistrationAuthority.ofCode(value.charAt(0)).orElseThrow();
    }

    /** Position 2: the organization type within the registration authority, e.g. '1' for an enterprise under 工商. */
    public char organizationType() {
        return value.charAt(1);
    }

    /** Positions 3–8: the registering authority's division code; "100000" for national-level registration. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Positions 9–17: the organization code including its check character, without the usual hyphen. */
    public String organizationCode() {
        return value.substring(8, 17);
    }

    /** The division of the registering authority, if it is in the table (not for national-level registration). */
    public Optional<Division> division(AdministrativeDivisions divisions) {
        return divisions.find(divisionCode());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnifiedSocialCreditCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * Outcome of {@link #validate(String)}: either the valid code, or the message key ({@code uscc.*}) and arguments
     * that say what is wrong.
     */
    public record ValidationResult(UnifiedSocialCreditCode validCode, String messageKey, Object[] args) {

        public ValidationResult {
            if ((validCode == null) == (messageKey == null)) {
                throw new IllegalArgumentException("Either a valid code or a message key, not both or neither");
            }
            args = args == null ? new Object[0] : args.clone();
        }

        static ValidationResult valid(UnifiedSocialCreditCode code) {
            return new ValidationResult(code, null, null);
        }

        static ValidationResult invalid(String messageKey, Object... args) {
            return new ValidationResult(null, messageKey, args);
        }

        public boolean valid() {
            return validCode != null;
        }

        public Optional<UnifiedSocialCreditCode> code() {
            return Optional.ofNullable(validCode);
        }

        @Override
        public Object[] args() {
            return args.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ValidationResult that && Objects.equals(validCode, that.validCode)
                    && Objects.equals(messageKey, that.messageKey) && Arrays.equals(args, that.args);
        }

        @Override
        public int hashCode() {
            return Objects.hash(validCode, messageKey, Arrays.hashCode(args));
        }

        @Override
        public String toString() {
            return valid() ? "valid " + validCode : messageKey + Arrays.toString(args);
        }
    }
}
