package io.kerong.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A rating kept by the platform (评价结果): which model version made it, as of which day, with which inputs (the
 * indicator values used, keyed by code), and what it gave. {@code previousGrade} is the grade before this rating,
 * null for the first. {@link EnterpriseRatings#explain} recomputes the full {@link Score} (reasons included) from
 * the inputs and the model version.
 */
public record StoredRating(long id, long enterpriseId, int modelVersion, LocalDate asOf, Instant ratedAt,
                           Trigger trigger, Grade grade, Grade previousGrade, BigDecimal totalScore,
                           CreditLine creditLine, List<DimensionScore> dimensions, List<String> knockOuts,
                           BigDecimal completeness, Map<String, IndicatorValue> inputs) {

    public StoredRating {
        dimensions = List.copyOf(dimensions);
        knockOuts = List.copyOf(knockOuts);
        inputs = Map.copyOf(inputs);
    }

    /** True when the grade differs from the one before (a first rating counts as a change). */
    public boolean gradeChanged() {
        return grade != previousGrade;
    }

    /** What started a rating: a user's request, or the (nightly) re-rating of all enterprises. */
    public enum Trigger {
        ON_DEMAND, BATCH
    }
}
