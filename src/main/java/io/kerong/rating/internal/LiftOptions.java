package io.kerong.rating.internal;

import io.kerong.rating.IndicatorType;
import io.kerong.rating.IndicatorValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The values of one indicator that earn more points than it earns now, each with the effort it takes. */
final class LiftOptions {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final CompiledModel model;

    LiftOptions(CompiledModel model) {
        this.model = model;
    }

    List<LiftOption> of(int i, IndicatorValue current, long currentPoints) {
        List<LiftOption> options = new ArrayList<>();
        switch (model.kind[i]) {
            case CompiledModel.BINS -> {
                for (int b = 0; b < model.binPoints[i].length; b++) {
                    long points = model.binPoints[i][b];
                    if (points > currentPoints) {
                        options.add(new LiftOption(i, binTarget(i, b, current), points, steps(i, currentPoints, points)));
                    }
                }
            }
            case CompiledModel.CATEGORY -> {
                for (int c = 0; c < model.categories[i].length; c++) {
                    long points = model.categoryPoints[i][c];
                    if (points > currentPoints) {
                        options.add(new LiftOption(i, model.categories[i][c], points, steps(i, currentPoints, points)));
                    }
                }
            }
            default -> {
                if (model.whenTrue[i] > currentPoints) {
                    options.add(new LiftOption(i, Boolean.TRUE, model.whenTrue[i], 1));
                }
                if (model.whenFalse[i] > currentPoints) {
                    options.add(new LiftOption(i, Boolean.FALSE, model.whenFalse[i], 1));
                }
            }
        }
        return options;
    }

    /** The value inside bin {@code b} nearest to the current value (the bin's lower bound when there is none). */
    private BigDecimal binTarget(int i, int b, IndicatorValue current) {
        BigDecimal low = model.lower[i][b];
        BigDecimal high = model.upper[i][b];
        BigDecimal justBelowHigh = high == null ? null
                : high.subtract(model.indicators[i].type() == IndicatorType.COUNT ? BigDecimal.ONE : CENT);
        if (low != null && justBelowHigh != null && justBelowHigh.compareTo(low) < 0) {
            justBelowHigh = low;
        }
        BigDecimal value = current == null ? null : current.number();
        if (value == null || (low != null && value.compareTo(low) < 0)) {
            return low != null ? low : justBelowHigh;
        }
        return justBelowHigh != null ? justBelowHigh : low;
    }

    /** Distinct point levels of the indicator above {@code from} and up to {@code to}. */
    private int steps(int i, long from, long to) {
        long[] levels = model.kind[i] == CompiledModel.BINS ? model.binPoints[i] : model.categoryPoints[i];
        return (int) java.util.Arrays.stream(levels).filter(p -> p > from && p <= to).distinct().count();
    }

    /** The current value as the what-if request would give it: BigDecimal, Boolean or String, null when missing. */
    Object shown(int i, IndicatorValue value) {
        if (value == null) {
            return null;
        }
        return switch (model.kind[i]) {
            case CompiledModel.CATEGORY -> value.text();
            case CompiledModel.FLAG -> value.number().signum() != 0;
            default -> value.number();
        };
    }

    static IndicatorValue valueOf(String code, Object target) {
        return switch (target) {
            case Boolean flag -> IndicatorValue.bool(code, null, flag);
            case BigDecimal number -> IndicatorValue.number(code, null, number);
            default -> IndicatorValue.category(code, null, target.toString());
        };
    }
}
