package io.kerong.rating;

import java.math.BigDecimal;

/**
 * One bin (分档) of a numeric indicator: {@code lower} inclusive (null = −∞), {@code upper} exclusive (null = +∞).
 */
public record Bin(BigDecimal lower, BigDecimal upper, BigDecimal points) {

    /** True when {@code lower ≤ value < upper}. */
    public boolean contains(BigDecimal value) {
        return (lower == null || value.compareTo(lower) >= 0) && (upper == null || value.compareTo(upper) < 0);
    }
}
