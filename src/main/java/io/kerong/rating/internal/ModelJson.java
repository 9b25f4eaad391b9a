package io.kerong.rating.internal;

import io.kerong.rating.RatingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON form of rating models: the stored definition and the bundled default model. Strict on reading (an unknown
 * property is an error, not silently dropped) so that a mistyped field in a model file cannot go unnoticed.
 */
public final class ModelJson {

    public static final String DEFAULT_MODEL = "rating/default-model.json";

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public String write(RatingModel model) {
        return mapper.writeValueAsString(model);
    }

    public RatingModel read(String json) {
        return mapper.readValue(json, RatingModel.class);
    }

    String writeDefinition(ModelDefinition definition) {
        return mapper.writeValueAsString(definition);
    }

    ModelDefinition readDefinition(String json) {
        return mapper.readValue(json, ModelDefinition.class);
    }

    /** The default model shipped with the platform (version 1). */
    public RatingModel defaultModel() {
        try (InputStream in = new ClassPathResource(DEFAULT_MODEL).getInputStream()) {
            return mapper.readValue(in, RatingModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_MODEL, e);
        }
    }
}
