package io.kerong.rating.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points are decimals with two places; the scorer adds them as long hundredths so sums stay exact and cheap. */
final class Points {

    private Points() {
    }

    static long hundredths(BigDecimal points) {
        return points.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    static BigDecimal decimal(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }

    /** As shown in messages: {@code 2}, {@code 2.5}, {@code 0}. */
    static String display(long hundredths) {
        return hundredths == 0 ? "0" : decimal(hundredths).stripTrailingZeros().toPlainString();
    }
}
