package io.kerong.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnifiedSocialCreditCodeTest {

    /** Codes published on business licences and company websites. */
    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
            "914403001922038216, 华为技术有限公司, 440300",
            "9144030071526726XG, 腾讯科技（深圳）有限公司, 440300",
            "91330100716105852F, 阿里巴巴（中国）网络技术有限公司, 330100",
            "91110000802100433B, 北京百度网讯科技有限公司, 110000",
            "91520000214434146R, 中航重机股份有限公司, 520000",
            "91100000100003962T, 中国工商银行股份有限公司, 100000",
    })
    void publishedCodesOfWellKnownCompaniesAreValid(String code, String company, String division) {
        UnifiedSocialCreditCode parsed = UnifiedSocialCreditCode.parse(code);

        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.registrationAuthority()).isEqualTo(RegistrationAuthority.MARKET_REGULATION);
        assertThat(parsed.organizationType()).isEqualTo('1');
        assertThat(parsed.divisionCode()).isEqualTo(division);
    }

    @Test
    void accessorsSplitTheCodeIntoItsParts() {
        UnifiedSocialCreditCode huawei = UnifiedSocialCreditCode.parse("914403001922038216");

        assertThat(huawei.divisionCode()).isEqualTo("440300");
        assertThat(huawei.organizationCode()).isEqualTo("192203821");
        assertThat(huawei.division(AdministrativeDivisions.fromClasspath()))
                .map(Division::fullName).contains("广东省深圳市");
        assertThat(huawei).hasToString("914403001922038216");
    }

    @Test
    void inputIsTrimmedAndUpperCased() {
        assertThat(UnifiedSocialCreditCode.parse("  9144030071526726xg\u3000").value()).isEqualTo("9144030071526726XG");
        assertThat(UnifiedSocialCreditCode.parse("9144030071526726xg"))
                .isEqualTo(UnifiedSocialCreditCode.parse("9144030071526726XG"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL                   | uscc.required                      | ",
            "'   '                  | uscc.required                      | ",
            "91440300192203821      | uscc.length                        | #17",
            "9144030019220382166    | uscc.length                        | #19",
            "91440300 1922038216    | uscc.length                        | #19",
            "914403001922O38216     | uscc.illegalCharacter              | O;#13",
            "I14403001922038216     | uscc.illegalCharacter              | I;#1",
            "9144030019220382Z6     | uscc.illegalCharacter              | Z;#17",
            "91440300192203821S     | uscc.illegalCharacter              | S;#18",
            "914403001922V38216     | uscc.illegalCharacter              | V;#13",
            "914403001922038-16     | uscc.illegalCharacter              | -;#16",
            "９14403001922038216    | uscc.illegalCharacter              | ９;#1",
            "B14403001922038216     | uscc.unknownAuthority              | B",
            "014403001922038216     | uscc.unknownAuthority              | 0",
            "944403001922038216     | uscc.unknownOrganizationType       | 4;9;1、2、3",
            "994403001922038216     | uscc.unknownOrganizationType       | 9;9;1、2、3",
            "Y24403001922038216     | uscc.unknownOrganizationType       | 2;Y;1",
            "564403001922038216     | uscc.unknownOrganizationType       | 6;5;1、2、3、9",
            "91999999192203821X     | uscc.unknownDivision               | 999999",
            "91440399192203821X     | uscc.unknownDivision               | 440399",
            "91710000192203821X     | uscc.unknownDivision               | 710000",
            "914403001922038226     | uscc.organizationCodeCheckCharacter | 1",
            "9144030071526726X0     | uscc.checkCharacter                | G",
            "914403001922038217     | uscc.checkCharacter                | 6",
            "91330100716105852E     | uscc.checkCharacter                | F",
    })
    void eachBrokenRuleIsReportedWithWhatExactlyIsWrong(String raw, String key, String args) {
        Object[] expectedArgs = args == null ? new Object[0] : parseArgs(args);

        UnifiedSocialCreditCode.ValidationResult result = UnifiedSocialCreditCode.validate(raw);

        assertThat(result.valid()).isFalse();
        assertThat(result.code()).isEmpty();
        assertThat(result.messageKey()).isEqualTo(key);
        assertThat(result.args()).containsExactly(expectedArgs);
    }

    @Test
    void parseThrowsWithTheMessageKeyAndArguments() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("914403001922038217"))
                .isInstanceOfSatisfying(InvalidUnifiedSocialCreditCodeException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("uscc.checkCharacter");
                    assertThat(e.args()).containsExactly("6");
                    assertThat(e.input()).isEqualTo("914403001922038217");
                });
    }

    @Test
    void withdrawnDivisionCodesInOlderCodesAreStillAccepted() {
        String hangzhouXiacheng = UnifiedSocialCreditCode.assemble("91", "330103", "MA27U0Q1");

        assertThat(UnifiedSocialCreditCode.validate(hangzhouXiacheng).valid()).isTrue();
    }

    @Test
    void divisionsCanBeSuppliedInsteadOfTheBundledTable() {
        AdministrativeDivisions onlyChengdu = new AdministrativeDivisions(Map.of("510100",
                new Division("510100", "成都市", Division.Level.CITY, "四川省", "成都市", "四川省成都市", true)));
        String chengdu = UnifiedSocialCreditCode.assemble("91", "510100", "MA61XXX0");

        assertThat(UnifiedSocialCreditCode.validate(chengdu, onlyChengdu).valid()).isTrue();
        assertThat(UnifiedSocialCreditCode.validate("914403001922038216", onlyChengdu).messageKey())
                .isEqualTo("uscc.unknownDivision");
    }

    /** Arguments separated by ';'; "#n" is the number n (lengths and positions), anything else a string. */
    private static Object[] parseArgs(String args) {
        return Arrays.stream(args.split(";"))
                .map(arg -> arg.startsWith("#") ? (Object) Integer.valueOf(arg.substring(1)) : arg)
                .toArray();
    }
}
