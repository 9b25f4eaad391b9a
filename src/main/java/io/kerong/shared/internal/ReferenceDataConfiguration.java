package io.kerong.shared.internal;

import io.kerong.shared.AdministrativeDivisions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the bundled reference tables as beans, so that modules receive them by constructor injection. */
@Configuration(proxyBeanMethods = false)
public class ReferenceDataConfiguration {

    @Bean
    AdministrativeDivisions administrativeDivisions() {
        return AdministrativeDivisions.fromClasspath();
    }
}
