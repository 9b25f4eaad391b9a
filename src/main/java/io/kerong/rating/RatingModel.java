package io.kerong.rating;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rating model (评价模型): its indicators (指标) with their scoring, the maximum of each dimension, the grade cut-offs
 * with credit-line intervals (等级, 授信区间), the knock-out rules (一票否决), the minimum grade pushed to banks and whether
 * the industry endorsement (产业认定) is required for the push. A published model never changes; every rating names the
 * version that made it. {@code id} is 0 and {@code publishedAt} null for a model not yet stored or published.
 */
public record RatingModel(long id, int version, ModelStatus status, String name, List<Indicator> indicators,
                          Map<Dimension, BigDecimal> dimensionMax, List<GradeBand> grades, List<KnockOut> knockOuts,
                          Grade minimumPushGrade, boolean endorsementRequired, OffsetDateTime publishedAt) {

    public RatingModel {
        indicators = List.copyOf(indicators);
        EnumMap<Dimension, BigDecimal> maxima = new EnumMap<>(Dimension.class);
        maxima.putAll(dimensionMax);
        dimensionMax = Collections.unmodifiableMap(maxima);
        grades = List.copyOf(grades);
        knockOuts = List.copyOf(knockOuts);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    public Optional<GradeBand> band(Grade grade) {
        return grades.stream().filter(band -> band.grade() == grade).findFirst();
    }

    /** The highest total score the model allows: the sum of the dimension maxima. */
    public BigDecimal maxTotal() {
        return dimensionMax.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The same definition under another identity and status (used when storing, publishing and copying drafts). */
    public RatingModel as(long newId, int newVersion, ModelStatus newStatus, OffsetDateTime newPublishedAt) {
        return new RatingModel(newId, newVersion, newStatus, name, indicators, dimensionMax, grades, knockOuts,
                minimumPushGrade, endorsementRequired, newPublishedAt);
    }
}
