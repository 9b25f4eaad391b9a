package io.kerong.rating.web;

import io.kerong.rating.CreditLine;
import io.kerong.rating.DimensionScore;
import io.kerong.rating.Grade;
import io.kerong.rating.StoredRating;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise's stored rating explained (评价结果): grade, score, credit line, dimensions, knock-outs and the
 * indicators that cost points, in the reader's language. {@code confirmedAsOf} is the day of the latest run that found
 * the same inputs and so confirmed this rating (null if none did); {@code basis} says why the caller may see it, as a
 * stable code (OWN, OPERATOR, PUSHED, INTENT), and {@code basisText} words it in the request language.
 */
record RatingView(long ratingId, long enterpriseId, int modelVersion, LocalDate asOf, OffsetDateTime ratedAt,
                  StoredRating.Trigger trigger, Grade grade, Grade previousGrade, BigDecimal totalScore,
                  BigDecimal maxScore, CreditLine creditLine, List<DimensionScore> dimensions,
                  List<WhatIfResponse.KnockOutHit> knockOuts, List<WhatIfResponse.Reason> reasons,
                  BigDecimal completeness, LocalDate confirmedAsOf, String basis, String basisText) {

    /** One line of an enterprise's grade history. */
    record HistoryEntry(long ratingId, LocalDate asOf, OffsetDateTime ratedAt, StoredRating.Trigger trigger,
                        Grade grade, Grade previousGrade, BigDecimal totalScore, int modelVersion) {

        static HistoryEntry of(StoredRating rating, ZoneId zone) {
            return new HistoryEntry(rating.id(), rating.asOf(), rating.ratedAt().atZone(zone).toOffsetDateTime(),
                    rating.trigger(), rating.grade(), rating.previousGrade(), rating.totalScore(),
                    rating.modelVersion());
        }
    }

    /** Completeness as a whole percentage, for pages. */
    public int completenessPercent() {
        return completeness.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
