package io.kerong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeMessagesTest {

    private final Properties zh = load("i18n/shared_zh_CN.properties");
    private final Properties en = load("i18n/shared_en.properties");

    @Test
    void bothLanguagesHaveTheSameUsccKeys() {
        assertThat(usccKeys(zh).toList()).isNotEmpty().isEqualTo(usccKeys(en).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "914403001922038217 | 统一社会信用代码校验位错误，应为 6 | Check character of the unified social credit code is wrong; it should be 6",
            "9144030019220382   | 统一社会信用代码应为 18 位，实际为 16 位 | The unified social credit code must have 18 characters, but it has 16",
            "914403001922O38216 | 统一社会信用代码第 13 位的字符“O”不允许，只能使用数字和大写字母（不含 I、O、Z、S、V） | Character \"O\" at position 13 of the unified social credit code is not allowed; use digits and capital letters except I, O, Z, S and V",
            "91510199192203821X | 统一社会信用代码第 3-8 位行政区划代码 510199 不存在 | Administrative division code 510199 at positions 3-8 of the unified social credit code does not exist",
            "914403001922038226 | 统一社会信用代码中组织机构代码的校验位（第 17 位）错误，应为 1 | Check character of the organization code (position 17) in the unified social credit code is wrong; it should be 1",
            "944403001922038216 | 统一社会信用代码第 2 位机构类别代码“4”不属于登记管理部门“9”，应为 1、2、3 之一 | Organization type \"4\" at position 2 of the unified social credit code does not exist for registration authority \"9\"; it should be one of 1、2、3",
    })
    void messagesSayExactlyWhatIsWrong(String code, String chinese, String english) {
        UnifiedSocialCreditCode.ValidationResult result = UnifiedSocialCreditCode.validate(code);

        assertThat(format(zh, result, Locale.SIMPLIFIED_CHINESE)).isEqualTo(chinese);
        assertThat(format(en, result, Locale.ENGLISH)).isEqualTo(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "B14403001922038216", "91440300 1922038216"})
    void everyReportedKeyExistsInBothLanguages(String code) {
        String key = UnifiedSocialCreditCode.validate(code).messageKey();

        assertThat(zh).containsKey(key);
        assertThat(en).containsKey(key);
    }

    @Test
    void everyRegistrationAuthorityHasADisplayName() {
        for (RegistrationAuthority authority : RegistrationAuthority.values()) {
            assertThat(zh).containsKey(authority.messageKey());
            assertThat(en).containsKey(authority.messageKey());
        }
    }

    private static String format(Properties bundle, UnifiedSocialCreditCode.ValidationResult result, Locale locale) {
        return new MessageFormat(bundle.getProperty(result.messageKey()), locale).format(result.args());
    }

    private static Stream<String> usccKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(key -> key.startsWith("uscc.")).sorted();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = UnifiedSocialCreditCodeMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
