package io.kerong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.shared.Violation;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The password rule, case by case: which rule a password breaks first (null: none). */
class PasswordPolicyTest {

    private static final String USER = "Zhang.San";
    private static final String CODE = "91510104MA61XQ8A5B";

    static Stream<Arguments> cases() {
        return Stream.of(
                // acceptable
                Arguments.of("Kerong@2026", null),
                Arguments.of("secret123", null),
                Arguments.of("a1" + "x".repeat(62), null),
                Arguments.of("密".repeat(23) + "1ab", null),
                Arguments.of("科融平台2026", null),
                Arguments.of("pass word 9", null),
                // missing
                Arguments.of(null, "identity.required"),
                Arguments.of("", "identity.required"),
                // spaces at either end, including a space-only password
                Arguments.of("secret123 ", "identity.password.spaces"),
                Arguments.of(" secret123", "identity.password.spaces"),
                Arguments.of("secret123\t", "identity.password.spaces"),
                Arguments.of("secret123\u3000", "identity.password.spaces"),
                Arguments.of("        ", "identity.password.spaces"),
                // characters
                Arguments.of("abc123", "identity.password.length"),
                Arguments.of("a1" + "x".repeat(63), "identity.password.length"),
                // bytes: bcrypt reads 72 at most
                Arguments.of("密".repeat(23) + "a1b4", "identity.password.bytes"),
                Arguments.of("密码".repeat(15) + "12", "identity.password.bytes"),
                Arguments.of("密码".repeat(32), "identity.password.bytes"),
                // letters and digits
                Arguments.of("abcdefgh", "identity.password.weak"),
                Arguments.of("12345678", "identity.password.weak"),
                Arguments.of("科融科融科融科融", "identity.password.weak"),
                // the commonest passwords, whatever the case
                Arguments.of("password1", "identity.password.common"),
                Arguments.of("PASSWORD1", "identity.password.common"),
                Arguments.of("1qaz2wsx", "identity.password.common"),
                Arguments.of("Passw0rd", "identity.password.common"),
                // the user name and the credit code, whatever the case
                Arguments.of("zhang.san1", null),
                Arguments.of(CODE, "identity.password.credit-code"),
                Arguments.of(CODE.toLowerCase(), "identity.password.credit-code"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @MethodSource("cases")
    void eachPasswordBreaksTheRuleItShould(String password, String expected) {
        assertThat(PasswordPolicy.ruleBroken(password, USER, CODE)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" as user \"{1}\"")
    @MethodSource("usernames")
    void aPasswordEqualToTheUserNameIsRefusedWhateverItsCase(String password, String username) {
        assertThat(PasswordPolicy.ruleBroken(password, username, null)).isEqualTo("identity.password.username");
    }

    static Stream<Arguments> usernames() {
        return Stream.of(Arguments.of("zhangsan01", "zhangsan01"), Arguments.of("ZhangSan01", "zhangsan01"),
                Arguments.of("bank-admin7", "Bank-Admin7"), Arguments.of("li.si@2025", "li.si@2025"));
    }

    @Test
    void theLengthMessageNamesBothBoundsAndTheByteMessageTheLimit() {
        assertThat(PasswordPolicy.problem("password", "abc1", null, null)).get()
                .satisfies(v -> assertThat(v.args()).containsExactly(8, 64));
        Violation bytes = PasswordPolicy.problem("newPassword", "密码".repeat(15) + "12", null, null).orElseThrow();
        assertThat(bytes.field()).isEqualTo("newPassword");
        assertThat(bytes.args()).containsExactly(72);
    }

    @Test
    void everyAcceptedPasswordFitsInBcrypt() {
        String longest = "密".repeat(23) + "1ab";
        assertThat(PasswordPolicy.isAcceptable(longest, null, null)).isTrue();
        assertThat(longest.getBytes(StandardCharsets.UTF_8)).hasSize(PasswordPolicy.MAX_BYTES);
    }

    @Test
    void theShippedListHoldsTheTenThousandCommonestPasswords() {
        assertThat(CommonPasswords.size()).isEqualTo(10_000);
        assertThat(Stream.of("123456", "password", "qwerty", "trustno1", "iloveyou"))
                .allMatch(CommonPasswords::contains);
        assertThat(CommonPasswords.contains("Kerong@2026")).isFalse();
    }

    @Test
    void aMismatchedConfirmationIsReportedBesideTheRuleBroken() {
        Checks checks = new Checks();
        PasswordPolicy.check(checks, "password", "password1", "confirmPassword", "password2", null, null);
        assertThat(checks.passed("password")).isFalse();
        assertThat(checks.passed("confirmPassword")).isFalse();
        Checks matching = new Checks();
        PasswordPolicy.check(matching, "password", "secret123", "confirmPassword", "secret123", null, null);
        assertThat(matching.passed("password") && matching.passed("confirmPassword")).isTrue();
    }
}
