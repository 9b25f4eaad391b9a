package io.kerong.enterprise.evaluation;

import io.kerong.shared.Verdict;
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

    /** The reason a rule's verdict gives; a verdict satisfied without a reason has none to turn into one. */
    static Reason of(Verdict verdict) {
        return new Reason(verdict.messageKey(), verdict.arguments());
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
