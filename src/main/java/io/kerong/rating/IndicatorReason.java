package io.kerong.rating;

import java.math.BigDecimal;

/**
 * Why an indicator earned less than its maximum (扣分原因), as a message key of the {@code rating} bundle with its
 * arguments, all strings: {0} Chinese name, {1} English name, {2} value as shown, {3} points, {4} maximum points,
 * {5} unit. Example: {@code 纳税信用等级为 C，得 2 分（满分 10 分）}.
 */
public record IndicatorReason(String indicator, BigDecimal points, BigDecimal maxPoints, String messageKey,
                              Object[] args) {

    public IndicatorReason {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /** Points lost against the maximum. */
    public BigDecimal lost() {
        return maxPoints.subtract(points);
    }
}
