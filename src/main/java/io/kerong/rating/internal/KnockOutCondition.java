package io.kerong.rating.internal;

import io.kerong.rating.IndicatorValue;
import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.NumberKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A parsed knock-out condition: {@code true}, {@code false}, a comparison ({@code >= 1}, {@code > 0}, {@code <= n},
 * {@code < n}, {@code == n}) or {@code in C,D}. A missing value never holds.
 */
public sealed interface KnockOutCondition {

    boolean holds(IndicatorValue value);

    /**
     * A value that does not meet the condition, as close to the trigger as makes sense: the change that clears it.
     * {@code categories} are the indicator's category codes in ascending points (empty for other indicators).
     */
    Object clearingValue(List<String> categories);

    static Optional<KnockOutCondition> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String condition = text.strip();
        if (condition.equalsIgnoreCase("true") || condition.equalsIgnoreCase("false")) {
            return Optional.of(new Flag(Boolean.parseBoolean(condition)));
        }
        if (condition.startsWith("in ")) {
            List<String> codes = Arrays.stream(condition.substring(3).split(",")).map(String::strip)
                    .filter(code -> !code.isEmpty()).toList();
            return codes.isEmpty() ? Optional.empty() : Optional.of(new In(codes));
        }
        for (String op : List.of(">=", "<=", "==", ">", "<")) {
            if (condition.startsWith(op)) {
                BoundedDecimal.Reading bound = BoundedDecimal.parse("condition", condition.substring(op.length()),
                        NumberKind.DECIMAL);
                return bound.ok() ? Optional.of(new Compare(op, bound.value())) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    record Flag(boolean when) implements KnockOutCondition {
        @Override
        public boolean holds(IndicatorValue value) {
            return value != null && value.number() != null && (value.number().signum() != 0) == when;
        }

        @Override
        public Object clearingValue(List<String> categories) {
            return !when;
        }
    }

    record In(List<String> codes) implements KnockOutCondition {
        @Override
        public boolean holds(IndicatorValue value) {
            return value != null && value.text() != null && codes.contains(value.text().strip());
        }

        /** The first category (given in ascending points) that is not a trigger. */
        @Override
        public Object clearingValue(List<String> categories) {
            return categories.stream().filter(code -> !codes.contains(code)).findFirst().orElse(null);
        }
    }

    record Compare(String op, BigDecimal threshold) implements KnockOutCondition {
        @Override
        public boolean holds(IndicatorValue value) {
            if (value == null || value.number() == null) {
                return false;
            }
            int c = value.number().compareTo(threshold);
            return switch (op) {
                case ">=" -> c >= 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case "<" -> c < 0;
                default -> c == 0;
            };
        }

        /** Counts and amounts that trigger from a threshold up clear at zero; the others just across the threshold. */
        @Override
        public Object clearingValue(List<String> categories) {
            return switch (op) {
                case ">=" -> threshold.signum() > 0 ? BigDecimal.ZERO : threshold.subtract(BigDecimal.ONE);
                case ">" -> threshold.signum() >= 0 ? BigDecimal.ZERO : threshold;
                case "<=" -> threshold.add(BigDecimal.ONE);
                case "<" -> threshold;
                default -> threshold.add(BigDecimal.ONE);
            };
        }
    }
}
