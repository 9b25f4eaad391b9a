package io.kerong.rating.internal;

import io.kerong.rating.Grade;
import io.kerong.rating.GradeBand;
import io.kerong.rating.RatingModel;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Grade bands: each of A, B, C, D exactly once, in that order, cut-offs strictly descending, D from 0 so every score
 * has a grade, A reachable; A–C carry a credit line with min ≤ max, D none.
 */
final class GradeChecks {

    private final List<Violation> violations;

    GradeChecks(List<Violation> violations) {
        this.violations = violations;
    }

    void check(RatingModel model) {
        List<GradeBand> bands = model.grades();
        Set<Grade> seen = EnumSet.noneOf(Grade.class);
        for (int g = 0; g < bands.size(); g++) {
            GradeBand band = bands.get(g);
            String field = "grades[" + g + "]";
            if (band.grade() == null || band.minScore() == null) {
                violations.add(Violation.of(field, "rating.model.required"));
                continue;
            }
            if (!seen.add(band.grade()) || band.grade().ordinal() != g) {
                violations.add(Violation.of(field + ".grade", "rating.model.grades.order", band.grade().name()));
            }
            if (g > 0 && bands.get(g - 1).minScore() != null && band.minScore().compareTo(bands.get(g - 1).minScore()) >= 0) {
                violations.add(Violation.of(field + ".minScore", "rating.model.grades.notDescending",
                        band.minScore().toPlainString(), bands.get(g - 1).minScore().toPlainString()));
            }
            creditLine(field, band);
        }
        if (seen.size() != Grade.values().length) {
            violations.add(Violation.of("grades", "rating.model.grades.incomplete"));
        }
        bands.stream().filter(band -> band.grade() == Grade.D && band.minScore() != null
                && band.minScore().signum() != 0).findFirst()
                .ifPresent(band -> violations.add(Violation.of("grades", "rating.model.grades.lowestNotZero")));
        BigDecimal total = model.maxTotal();
        bands.stream().filter(band -> band.minScore() != null && band.minScore().compareTo(total) > 0).forEach(band ->
                violations.add(Violation.of("grades", "rating.model.grades.unreachable", band.grade().name(),
                        band.minScore().toPlainString(), total.toPlainString())));
    }

    private void creditLine(String field, GradeBand band) {
        BigDecimal min = band.creditLineMin();
        BigDecimal max = band.creditLineMax();
        if (band.grade() == Grade.D) {
            if (min != null || max != null) {
                violations.add(Violation.of(field, "rating.model.creditLine.forD"));
            }
        } else if (min == null || max == null || min.signum() < 0 || min.compareTo(max) > 0) {
            violations.add(Violation.of(field, "rating.model.creditLine.invalid", band.grade().name()));
        }
    }
}
