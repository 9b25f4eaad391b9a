package io.kerong.shared;

import java.util.List;
import java.util.Objects;

/**
 * Why a {@link Rule} turns a candidate down (拒绝理由): a message key with its arguments, rendered in the reader's
 * language by whoever shows it. Not a {@link Violation}: nothing in the input is malformed, so there is no field,
 * row or value to point at; the candidate simply does not qualify.
 */
public record Refusal(String messageKey, List<Object> arguments) implements Verdict {

    public Refusal {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static Refusal of(String messageKey, Object... arguments) {
        return new Refusal(messageKey, List.of(arguments));
    }
}
