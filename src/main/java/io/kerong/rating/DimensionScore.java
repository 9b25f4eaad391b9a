package io.kerong.rating;

import java.math.BigDecimal;

/** The points of one dimension (维度得分), already capped at the dimension's maximum. */
public record DimensionScore(Dimension code, BigDecimal score, BigDecimal max) {
}
