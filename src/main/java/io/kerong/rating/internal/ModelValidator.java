package io.kerong.rating.internal;

import io.kerong.rating.Dimension;
import io.kerong.rating.Indicator;
import io.kerong.rating.RatingModel;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a whole model before it is saved or published and reports every problem at once: unique indicator codes,
 * well-formed scoring (bins ascending without overlap or gap, points ≥ 0 with two decimals), indicator points within
 * their dimension's maximum, dimension maxima reachable, grade cut-offs descending, knock-outs that fit their indicator.
 */
public final class ModelValidator {

    public void validate(RatingModel model) {
        List<Violation> violations = problems(model);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public List<Violation> problems(RatingModel model) {
        List<Violation> violations = new ArrayList<>();
        if (model.name() == null || model.name().isBlank()) {
            violations.add(Violation.of("name", "rating.model.required"));
        }
        if (model.indicators().isEmpty()) {
            violations.add(Violation.of("indicators", "rating.model.indicators.empty"));
        }
        Set<Dimension> unsure = EnumSet.noneOf(Dimension.class);
        Map<Dimension, BigDecimal> reachable = indicators(model, violations, unsure);
        dimensions(model, reachable, unsure, violations);
        new GradeChecks(violations).check(model);
        new KnockOutChecks(violations).check(model);
        if (model.minimumPushGrade() == null) {
            violations.add(Violation.of("minimumPushGrade", "rating.model.required"));
        }
        return violations;
    }

    /**
     * Checks every indicator; returns the sum of the valid indicators' maximum points per dimension, and adds to
     * {@code unsure} the dimensions with an invalid indicator, whose reachable sum is then unknown.
     */
    private Map<Dimension, BigDecimal> indicators(RatingModel model, List<Violation> violations, Set<Dimension> unsure) {
        IndicatorChecks checks = new IndicatorChecks(violations);
        Map<String, Integer> seen = new HashMap<>();
        Map<Dimension, BigDecimal> reachable = new EnumMap<>(Dimension.class);
        for (int i = 0; i < model.indicators().size(); i++) {
            Indicator indicator = model.indicators().get(i);
            String field = "indicators[" + i + "]";
            int before = violations.size();
            checks.check(field, indicator);
            Integer first = seen.putIfAbsent(indicator.code(), i);
            if (first != null && indicator.code() != null) {
                violations.add(Violation.of(field + ".code", "rating.model.code.duplicate", indicator.code(), first));
            }
            if (violations.size() == before) {
                BigDecimal max = indicator.scoring().maxPoints();
                reachable.merge(indicator.dimension(), max, BigDecimal::add);
                BigDecimal dimensionMax = model.dimensionMax().get(indicator.dimension());
                if (dimensionMax != null && max.compareTo(dimensionMax) > 0) {
                    violations.add(Violation.of(field + ".scoring", "rating.model.points.aboveDimension",
                            indicator.code(), max.toPlainString(), dimensionMax.toPlainString()));
                }
            } else if (indicator.dimension() != null) {
                unsure.add(indicator.dimension());
            }
        }
        return reachable;
    }

    /**
     * Every dimension used has a maximum above 0 that its indicators can reach together; a dimension with an invalid
     * indicator is not judged (its indicators' problems are reported instead).
     */
    private void dimensions(RatingModel model, Map<Dimension, BigDecimal> reachable, Set<Dimension> unsure,
                            List<Violation> violations) {
        IndicatorChecks points = new IndicatorChecks(violations);
        model.dimensionMax().forEach((dimension, max) -> {
            String field = "dimensionMax." + dimension;
            if (points.points(field, max) && !unsure.contains(dimension)) {
                BigDecimal sum = reachable.getOrDefault(dimension, BigDecimal.ZERO);
                if (max.signum() == 0 || sum.compareTo(max) < 0) {
                    violations.add(Violation.of(field, "rating.model.dimension.unreachable", dimension.name(),
                            max.toPlainString(), sum.toPlainString()));
                }
            }
        });
        for (Dimension dimension : reachable.keySet()) {
            if (!model.dimensionMax().containsKey(dimension)) {
                violations.add(Violation.of("dimensionMax." + dimension, "rating.model.dimension.missing", dimension.name()));
            }
        }
    }
}
