package io.kerong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every Chinese message has its English twin and the other way round, in every bundle. */
class MessageBundlesTest {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Resource[] chinese = chineseBundles();
        assertThat(chinese.length).isGreaterThanOrEqualTo(2);
        for (Resource zh : chinese) {
            Resource en = zh.createRelative(zh.getFilename().replace("_zh_CN", "_en"));
            assertThat(en.exists()).as("English twin of %s", zh.getFilename()).isTrue();
            TreeSet<String> zhKeys = keys(zh);
            TreeSet<String> enKeys = keys(en);
            assertThat(enKeys).as("keys of %s vs %s", zh.getFilename(), en.getFilename()).isEqualTo(zhKeys);
            assertThat(zhKeys).isNotEmpty();
        }
    }

    @Test
    void chineseBundlesAreReallyChinese() throws IOException {
        for (Resource zh : chineseBundles()) {
            Properties p = load(zh);
            long withHan = p.values().stream().map(String::valueOf)
                    .filter(v -> v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .count();
            assertThat(withHan).as("Chinese texts in %s", zh.getFilename()).isGreaterThan(p.size() / 2);
        }
    }

    private static Resource[] chineseBundles() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        var bundles = new java.util.ArrayList<>(java.util.List.of(resolver.getResources("classpath*:messages_zh_CN.properties")));
        bundles.addAll(java.util.List.of(resolver.getResources("classpath*:i18n/*_zh_CN.properties")));
        return bundles.toArray(Resource[]::new);
    }

    private static TreeSet<String> keys(Resource r) throws IOException {
        return new TreeSet<>(load(r).stringPropertyNames());
    }

    private static Properties load(Resource r) throws IOException {
        Properties p = new Properties();
        try (var reader = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
