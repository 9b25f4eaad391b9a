package io.kerong.rating.internal.results;

import io.kerong.rating.Dimension;
import io.kerong.rating.DimensionScore;
import io.kerong.rating.Grade;
import io.kerong.rating.Score;
import io.kerong.rating.StoredRating.Trigger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A rating about to be stored: the score, the inputs it came from and what it replaces. */
record NewResult(long enterpriseId, LocalDate asOf, OffsetDateTime ratedAt, Trigger trigger, Long runId, Score score,
                 Grade previousGrade, RatingInputs inputs, byte[] inputsHash) {

    /** Dimension scores in {@link Dimension} order, null for a dimension the model does not score. */
    BigDecimal[] dimensionScores() {
        BigDecimal[] scores = new BigDecimal[Dimension.values().length];
        for (DimensionScore dimension : score.dimensions()) {
            scores[dimension.code().ordinal()] = dimension.score();
        }
        return scores;
    }

    boolean gradeChanged() {
        return score.grade() != previousGrade;
    }
}
