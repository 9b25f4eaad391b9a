package io.kerong.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of scoring one enterprise with one model version (增信评价结果): total score and dimension scores (scale 2),
 * the grade (等级) and its credit-line interval (授信区间), the knock-outs (一票否决) that held (their codes), every
 * indicator that earned less than its maximum, most points lost first, and completeness: the share of the model's
 * indicators that had a value (0.0000–1.0000).
 */
public record Score(int modelVersion, BigDecimal totalScore, List<DimensionScore> dimensions, Grade grade,
                    CreditLine creditLine, List<String> knockOuts, List<IndicatorReason> reasons,
                    BigDecimal completeness) {

    public Score {
        dimensions = List.copyOf(dimensions);
        knockOuts = List.copyOf(knockOuts);
        reasons = List.copyOf(reasons);
    }

    public boolean knockedOut() {
        return !knockOuts.isEmpty();
    }
}
