package io.kerong.rating;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The outcome of one loan (贷款结果): granted on {@code grantedOn} to the enterprise, defaulted (违约) or not. The
 * rating at the grant is given either as the total score and grade the lender saw ({@link #scored}), or as the stored
 * rating's id ({@link #rated}), or not at all: then the rating valid on the day of the grant is looked up.
 */
public record LoanOutcome(long enterpriseId, LocalDate grantedOn, BigDecimal score, Grade grade, Long ratingId,
                          boolean defaulted) {

    public LoanOutcome {
        if ((score == null) != (grade == null)) {
            throw new IllegalArgumentException("score and grade are given together or not at all");
        }
    }

    public static LoanOutcome scored(long enterpriseId, LocalDate grantedOn, BigDecimal score, Grade grade,
                                     boolean defaulted) {
        return new LoanOutcome(enterpriseId, grantedOn, score, grade, null, defaulted);
    }

    public static LoanOutcome rated(long enterpriseId, LocalDate grantedOn, long ratingId, boolean defaulted) {
        return new LoanOutcome(enterpriseId, grantedOn, null, null, ratingId, defaulted);
    }

    public static LoanOutcome unrated(long enterpriseId, LocalDate grantedOn, boolean defaulted) {
        return new LoanOutcome(enterpriseId, grantedOn, null, null, null, defaulted);
    }

    /** True when the score and grade at the grant are known without a look-up. */
    public boolean hasScore() {
        return score != null;
    }
}
