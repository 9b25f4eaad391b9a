package io.kerong.rating.internal;

import io.kerong.rating.Dimension;
import io.kerong.rating.DimensionScore;
import io.kerong.rating.Grade;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.Score;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Scores one set of values against a compiled model. The per-indicator loop works on arrays and longs; objects are
 * created only for the result (dimension scores, knock-outs and reasons).
 */
public final class ScoreCalculation {

    private static final Dimension[] DIMENSIONS = Dimension.values();

    private final CompiledModel model;

    public ScoreCalculation(CompiledModel model) {
        this.model = model;
    }

    /** Values by indicator code. */
    public Score score(Map<String, IndicatorValue> values) {
        IndicatorValue[] slots = new IndicatorValue[model.size];
        for (int i = 0; i < model.size; i++) {
            slots[i] = values.get(model.codes[i]);
        }
        return compute(slots);
    }

    /** Values by indicator position ({@link CompiledModel#positionOf}); null for a missing value. */
    public Score score(IndicatorValue[] slots) {
        return compute(slots.clone());
    }

    /**
     * Values by indicator position, scored without the reasons (an empty list): what a batch re-rating stores, where
     * the reasons are recomputed only when somebody asks ({@code EnterpriseRatings.explain}).
     */
    public Score scoreWithoutReasons(IndicatorValue[] slots) {
        return compute(slots.clone(), false);
    }

    private Score compute(IndicatorValue[] slots) {
        return compute(slots, true);
    }

    /** Invalid values in {@code slots} are replaced by null: they count as missing. */
    private Score compute(IndicatorValue[] slots, boolean withReasons) {
        long[] points = new long[model.size];
        long[] dimensionSums = new long[DIMENSIONS.length];
        int present = 0;
        for (int i = 0; i < model.size; i++) {
            long earned = model.pointsOf(i, slots[i]);
            if (earned == Long.MIN_VALUE) {
                earned = model.missing[i];
                slots[i] = null;
            } else {
                present++;
            }
            points[i] = earned;
            dimensionSums[model.dimension[i]] += earned;
        }
        long total = model.total(dimensionSums);
        List<String> knockOuts = knockOuts(slots);
        int gradeIndex = knockOuts.isEmpty() ? model.gradeIndex(total) : lowestGrade();
        return new Score(model.source.version(), Points.decimal(total), dimensions(dimensionSums),
                model.grades[gradeIndex], model.creditLines[gradeIndex], knockOuts,
                withReasons ? new Reasons(model).of(slots, points) : List.of(),
                completeness(present));
    }

    List<String> knockOuts(IndicatorValue[] slots) {
        List<String> held = List.of();
        for (int k = 0; k < model.knockOuts.length; k++) {
            if (model.knockOutConditions[k].holds(slots[model.knockOutIndicator[k]])) {
                if (held.isEmpty()) {
                    held = new ArrayList<>(2);
                }
                held.add(model.knockOuts[k].code());
            }
        }
        return held;
    }

    private int lowestGrade() {
        int d = Arrays.asList(model.grades).indexOf(Grade.D);
        return d >= 0 ? d : model.grades.length - 1;
    }

    private List<DimensionScore> dimensions(long[] sums) {
        List<DimensionScore> scores = new ArrayList<>(DIMENSIONS.length);
        for (Dimension dimension : DIMENSIONS) {
            long max = model.dimensionMax[dimension.ordinal()];
            if (max > 0) {
                scores.add(new DimensionScore(dimension, Points.decimal(Math.min(sums[dimension.ordinal()], max)),
                        Points.decimal(max)));
            }
        }
        return scores;
    }

    private BigDecimal completeness(int present) {
        return model.size == 0 ? BigDecimal.ONE.setScale(4)
                : BigDecimal.valueOf(present).divide(BigDecimal.valueOf(model.size), 4, RoundingMode.HALF_UP);
    }
}
