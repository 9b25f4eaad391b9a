package io.kerong.rating;

import java.math.BigDecimal;

/**
 * One change that would lift the grade (提升等级的改进项): set the indicator from its current value (null when missing)
 * to the target value. Values are as in the what-if request: BigDecimal for numbers, Boolean, or String for
 * categories. {@code pointsGained} is the gain of the indicator's points; {@code clearsKnockOut} names the knock-out
 * (一票否决) the change removes, or null.
 */
public record Change(String indicator, Object currentValue, Object targetValue, BigDecimal pointsGained,
                     String clearsKnockOut) {
}
