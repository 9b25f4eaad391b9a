package io.kerong.shared.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The platform clock (Asia/Shanghai), the message bundles of every module, and scheduled jobs for every module. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${kerong.time-zone:Asia/Shanghai}") String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        return Clock.system(ZoneId.of(zone));
    }

    /** The common {@code messages} bundle plus one bundle per module under {@code i18n/}. */
    @Bean
    MessageSource messageSource() throws IOException {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(DEFAULT_LOCALE);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    static String[] basenames() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        names.add("messages");
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_zh_CN.properties")) {
            String file = r.getFilename();
            names.add("i18n/" + file.substring(0, file.length() - "_zh_CN.properties".length()));
        }
        return names.toArray(String[]::new);
    }
}
