package io.kerong.shared;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Rule} says about one candidate: {@link Satisfied}, possibly with a reason worth showing
 * ("registered 400 days, at least 365 needed"), or a {@link Refusal} whose reason the user reads.
 */
public sealed interface Verdict permits Verdict.Satisfied, Refusal {

    /** The message key of the reason; null only for a rule satisfied without anything to say. */
    String messageKey();

    List<Object> arguments();

    default boolean isSatisfied() {
        return this instanceof Satisfied;
    }

    default Object[] argumentArray() {
        return arguments().toArray();
    }

    /** Satisfied, nothing to say. */
    static Verdict satisfied() {
        return Satisfied.SILENTLY;
    }

    /** Satisfied, with the reason why (a ground to show, or the figures that met the bar). */
    static Verdict satisfied(String messageKey, Object... arguments) {
        return new Satisfied(Objects.requireNonNull(messageKey, "messageKey"), List.of(arguments));
    }

    static Verdict refused(String messageKey, Object... arguments) {
        return Refusal.of(messageKey, arguments);
    }

    /** The rule holds; {@code messageKey} may be null when there is nothing to say. */
    record Satisfied(String messageKey, List<Object> arguments) implements Verdict {

        private static final Satisfied SILENTLY = new Satisfied(null, List.of());

        public Satisfied {
            arguments = List.copyOf(arguments);
        }

        public boolean hasReason() {
            return messageKey != null;
        }
    }
}
