package io.kerong.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.shared.AdministrativeDivisions;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class AdministrativeDivisionsBeanTest {

    @Test
    void referenceDataConfigurationRegistersTheBundledTableAsASingleton() {
        try (var context = new AnnotationConfigApplicationContext(ReferenceDataConfiguration.class)) {
            AdministrativeDivisions bean = context.getBean(AdministrativeDivisions.class);

            assertThat(bean).isSameAs(AdministrativeDivisions.fromClasspath()).isSameAs(context.getBean(AdministrativeDivisions.class));
            assertThat(bean.find("510107")).isPresent();
        }
    }
}
