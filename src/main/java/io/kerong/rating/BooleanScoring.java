package io.kerong.rating;

import java.math.BigDecimal;

/** Points for yes and for no (e.g. 是否失信被执行人: no earns the points). */
public record BooleanScoring(BigDecimal whenTrue, BigDecimal whenFalse, BigDecimal missingPoints) implements Scoring {

    @Override
    public BigDecimal maxPoints() {
        return whenTrue.max(whenFalse).max(missingPoints);
    }
}
