package io.kerong.enterprise.evaluation;

import java.math.BigDecimal;

/**
 * A growth indicator (净资产增长率 / 销售收入增长率) of the high-tech enterprise assessment.
 *
 * @param rate      ½ × (y2/y1 + y3/y2) − 1 rounded HALF_UP to 4 decimals for display (0.3000 = 30 %);
 *                  {@code null} when it cannot be computed
 * @param band      the band, decided on the exact rate; {@code null} when the rate cannot be computed
 * @param minPoints the lowest points of the band (0 when not computable)
 * @param maxPoints the highest points of the band (0 when not computable)
 * @param reason    how the band was reached or why the score is 0
 */
public record GrowthIndicator(BigDecimal rate, GrowthBand band, int minPoints, int maxPoints, Reason reason) {
}
