package io.kerong.rating;

import java.math.BigDecimal;

/** A credit-line interval (授信区间) in yuan; both null when the grade earns none. */
public record CreditLine(BigDecimal min, BigDecimal max) {

    public static final CreditLine NONE = new CreditLine(null, null);
}
