package io.kerong.enterprise.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule passed or failed (理由), as a message key in the {@code i18n/evaluation} bundle and its arguments,
 * so every caller renders it in its own locale.
 */
public record Reason(String key, List<Object> arguments) {

    public Reason {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Reason of(String key, Object... arguments) {
        return new Reason(key, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
