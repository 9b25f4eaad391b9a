package io.kerong.enterprise.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evaluation bundles stay in sync and every message is a valid pattern. */
class EvaluationMessagesTest {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> chinese = load("i18n/evaluation_zh_CN.properties").stringPropertyNames();
        Set<String> english = load("i18n/evaluation_en.properties").stringPropertyNames();
        assertThat(chinese).isNotEmpty().isEqualTo(english);
    }

    @Test
    void everyMessageIsAValidMessageFormatPattern() throws IOException {
        for (String bundle : new String[] {"i18n/evaluation_zh_CN.properties", "i18n/evaluation_en.properties"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                assertThat(new MessageFormat(messages.getProperty(key), Locale.ROOT).toPattern())
                        .as(bundle + " " + key).isNotBlank();
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EvaluationMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
