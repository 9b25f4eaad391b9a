package io.kerong.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeCheckCharacterTest {

    /** Expected values computed by hand with weights 3,7,9,10,5,8,4,2 and C9 = 11 − (Σ mod 11). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "19220382, 1",   // Huawei: Σ = 219, 219 mod 11 = 10, 11 − 10 = 1
            "71610585, 2",   // Alibaba (China)
            "71526726, X",   // Tencent: 11 − 1 = 10 → X
            "10000004, 0",   // Σ = 3 + 8 = 11, 11 mod 11 = 0, 11 − 0 = 11 → 0
            "00000000, 0",
            "MA5CJQ4N, 5",   // letters count A=10 … Z=35
            "M0001QAY, 9",
    })
    void organizationCodeCheckCharacterFollowsGb11714(String body, char expected) {
        assertThat(UnifiedSocialCreditCode.organizationCodeCheckCharacter(body)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "91440300192203821, 914403001922038216",
            "9144030071526726X, 9144030071526726XG",
            "91330100716105852, 91330100716105852F",
            "91100000100003962, 91100000100003962T",
            "12350200154989739, 123502001549897397",
    })
    void withCheckCharacterAppendsTheModulus31CheckCharacter(String first17, String expected) {
        assertThat(UnifiedSocialCreditCode.withCheckCharacter(first17)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"9144030019220382", "914403001922038216", "9144030019220382I", "9144030019220382a"})
    void withCheckCharacterRejectsAnythingButSeventeenCodeCharacters(String first17) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.withCheckCharacter(first17))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"1922038", "192203821", "1922038a", "1922-382"})
    void organizationCodeCheckCharacterRejectsAnythingButEightCharacters(String body) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.organizationCodeCheckCharacter(body))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(RegistrationAuthority.class)
    void everyOrganizationTypeOfAnAuthorityIsAcceptedAndNoOther(RegistrationAuthority authority) {
        for (char type : "0123456789".toCharArray()) {
            String code = UnifiedSocialCreditCode.assemble("" + authority.code() + type, "510107", "MA6CQ0X1");

            UnifiedSocialCreditCode.ValidationResult result = UnifiedSocialCreditCode.validate(code);

            boolean listed = authority.organizationTypes().indexOf(type) >= 0;
            assertThat(result.valid()).as("%s%s", authority.code(), type).isEqualTo(listed);
            if (listed) {
                assertThat(result.code().orElseThrow().registrationAuthority()).isEqualTo(authority);
            } else {
                assertThat(result.messageKey()).isEqualTo("uscc.unknownOrganizationType");
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "ESTABLISHMENT, 1239", "FOREIGN_AFFAIRS, 19", "JUSTICE, 123459", "CULTURE, 19", "CIVIL_AFFAIRS, 1239",
            "TOURISM, 129", "RELIGION, 129", "TRADE_UNION, 19", "MARKET_REGULATION, 123",
            "MILITARY_ESTABLISHMENT, 19", "AGRICULTURE, 1239", "OTHER, 1",
    })
    void organizationTypesAreThoseOfGb32100(RegistrationAuthority authority, String types) {
        assertThat(authority.organizationTypes()).isEqualTo(types);
    }

    @Test
    void registrationAuthoritiesAreThoseOfGb32100() {
        StringBuilder codes = new StringBuilder();
        for (RegistrationAuthority authority : RegistrationAuthority.values()) {
            codes.append(authority.code());
        }
        assertThat(codes).hasToString("123456789ANY");
        assertThat(RegistrationAuthority.ofCode('B')).isEmpty();
    }
}
