package io.kerong.rating;

import java.math.BigDecimal;

/**
 * A grade (等级) from a minimum total score, with its credit-line interval (授信区间) in yuan; D has no credit line
 * (both null).
 */
public record GradeBand(Grade grade, BigDecimal minScore, BigDecimal creditLineMin, BigDecimal creditLineMax) {

    public CreditLine creditLine() {
        return new CreditLine(creditLineMin, creditLineMax);
    }
}
