package io.kerong.rating.internal.report;

import java.math.BigDecimal;

/** Scores as the report prints them: plain notation, no trailing zeros (72.5, 35). */
final class Numbers {

    private Numbers() {
    }

    static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
