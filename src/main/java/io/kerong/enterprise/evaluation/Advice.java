package io.kerong.enterprise.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * A concrete improvement (提升建议): the smallest change that lifts one indicator to its next band,
 * as a message key in the {@code i18n/evaluation} bundle and its arguments.
 */
public record Advice(String key, List<Object> arguments) {

    public Advice {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Advice of(String key, Object... arguments) {
        return new Advice(key, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
