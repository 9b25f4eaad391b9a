package io.kerong.shared.internal;

import io.kerong.shared.web.JsonInput;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's JSON mapper starts from {@link JsonInput#builder()} (read limits, strict types) instead of
 * Jackson's defaults; Boot's own settings are still applied through its customizers. Boot 4.0 builds its mapper from a
 * default {@code JsonFactory}, which cannot be given read limits afterwards, hence the builder bean.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonInput.builder();
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    /** Takes the JSON converter's place among the defaults, after Boot has put its own there (order 0). */
    @Bean
    @Order(10)
    ServerHttpMessageConvertersCustomizer namingJsonConverter(JsonMapper mapper) {
        return builder -> builder.withJsonConverter(new NamingConverter(mapper));
    }

    /** Reads request bodies so that a read limit hit names its field. */
    static final class NamingConverter extends JacksonJsonHttpMessageConverter {

        NamingConverter(JsonMapper mapper) {
            super(mapper);
        }

        @Override
        protected ObjectReader customizeReader(ObjectReader reader, JavaType javaType) {
            return JsonInput.naming(super.customizeReader(reader, javaType));
        }
    }
}
