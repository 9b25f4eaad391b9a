package io.kerong.rating.internal;

import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorReason;
import io.kerong.rating.IndicatorType;
import io.kerong.rating.IndicatorValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns every indicator that earned less than its maximum into a message of the {@code rating} bundle, most points
 * lost first (model order among equals). Arguments, all strings: {0} Chinese name, {1} English name, {2} value,
 * {3} points, {4} maximum, {5} unit.
 */
final class Reasons {

    static final String NUMBER = "rating.reason.number";
    static final String CATEGORY = "rating.reason.category";
    static final String YES = "rating.reason.yes";
    static final String NO = "rating.reason.no";
    static final String MISSING = "rating.reason.missing";

    private final CompiledModel model;

    Reasons(CompiledModel model) {
        this.model = model;
    }

    List<IndicatorReason> of(IndicatorValue[] slots, long[] points) {
        List<Integer> losing = new ArrayList<>();
        for (int i = 0; i < model.size; i++) {
            if (points[i] < model.max[i]) {
                losing.add(i);
            }
        }
        losing.sort(Comparator.comparingLong((Integer i) -> points[i] - model.max[i]).thenComparingInt(i -> i));
        List<IndicatorReason> reasons = new ArrayList<>(losing.size());
        for (int i : losing) {
            reasons.add(reason(i, slots[i], points[i]));
        }
        return reasons;
    }

    private IndicatorReason reason(int i, IndicatorValue value, long points) {
        Indicator indicator = model.indicators[i];
        String key = key(indicator, value);
        String shown = value == null ? "" : value.display();
        Object[] args = {indicator.nameZh(), indicator.nameEn(), shown, Points.display(points),
                Points.display(model.max[i]), indicator.unit() == null ? "" : indicator.unit()};
        return new IndicatorReason(indicator.code(), Points.decimal(points), Points.decimal(model.max[i]), key, args);
    }

    private static String key(Indicator indicator, IndicatorValue value) {
        if (value == null) {
            return MISSING;
        }
        if (indicator.type() == IndicatorType.BOOLEAN) {
            return value.number().signum() != 0 ? YES : NO;
        }
        return indicator.type() == IndicatorType.CATEGORY ? CATEGORY : NUMBER;
    }
}
