package io.kerong.enterprise.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages for display in reasons only; band decisions never use them. */
final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** {@code numerator / denominator} in percent, 2 decimals HALF_UP; the denominator must be positive. */
    static BigDecimal of(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal of(BigDecimal fraction) {
        return fraction.multiply(HUNDRED);
    }
}
