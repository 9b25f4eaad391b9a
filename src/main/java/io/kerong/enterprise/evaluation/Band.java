package io.kerong.enterprise.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One band of a scoring table (评分档次): a ratio at or above (or strictly above) the lower bound earns the grade.
 * Ratios are never computed: {@code numerator / denominator >= lowerBound} is decided as
 * {@code numerator >= lowerBound × denominator}, exact in {@link BigDecimal}, so a band edge is never missed by rounding.
 *
 * @param lowerBound the ratio where the band starts, e.g. {@code 0.30} for 30 %
 * @param inclusive  whether a ratio equal to the lower bound belongs to the band
 * @param grade      what the band awards: points, or a growth band
 */
public record Band<G>(BigDecimal lowerBound, boolean inclusive, G grade) {

    public Band {
        Objects.requireNonNull(lowerBound, "lowerBound");
        Objects.requireNonNull(grade, "grade");
    }

    /** A band that starts at the lower bound, inclusive. */
    public static <G> Band<G> atLeast(String lowerBound, G grade) {
        return new Band<>(new BigDecimal(lowerBound), true, grade);
    }

    /** A band that starts just above the lower bound. */
    public static <G> Band<G> above(String lowerBound, G grade) {
        return new Band<>(new BigDecimal(lowerBound), false, grade);
    }

    /** Whether {@code numerator / denominator} falls into this band or above; a non-positive denominator never does. */
    public boolean admits(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() <= 0) {
            return false;
        }
        int comparison = numerator.compareTo(lowerBound.multiply(denominator));
        return inclusive ? comparison >= 0 : comparison > 0;
    }

    /** Whether {@code numerator / denominator} falls into this band or above, for whole counts. */
    public boolean admits(long numerator, long denominator) {
        return admits(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }
}
