package io.kerong.rating.internal;

import io.kerong.rating.Change;
import io.kerong.rating.Dimension;
import io.kerong.rating.IndicatorValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The smallest set of changes that lifts the grade by one (提升一级): knock-outs (一票否决) must be cleared first; then one
 * change to a controllable indicator if one suffices, else two, with the fewest steps of effort. Indicators the
 * enterprise cannot influence are never suggested. Clearing the knock-outs is always returned, even when two more
 * changes cannot reach C: it is necessary in any case.
 */
public final class GradeLift {

    private final CompiledModel model;
    private final LiftOptions options;

    public GradeLift(CompiledModel model) {
        this.model = model;
        this.options = new LiftOptions(model);
    }

    public List<Change> changes(Map<String, IndicatorValue> values) {
        IndicatorValue[] slots = new IndicatorValue[model.size];
        long[] points = new long[model.size];
        long[] sums = new long[Dimension.values().length];
        for (int i = 0; i < model.size; i++) {
            slots[i] = values.get(model.codes[i]);
            long earned = model.pointsOf(i, slots[i]);
            if (earned == Long.MIN_VALUE) {
                earned = model.missing[i];
                slots[i] = null;
            }
            points[i] = earned;
            sums[model.dimension[i]] += earned;
        }
        List<Change> changes = new ArrayList<>();
        boolean[] changed = new boolean[model.size];
        int gradeIndex = model.gradeIndex(model.total(sums));
        if (!new ScoreCalculation(model).knockOuts(slots).isEmpty()) {
            if (!clearKnockOuts(slots, points, sums, changed, changes)) {
                return List.of();
            }
            gradeIndex = model.grades.length - 1;
        }
        if (gradeIndex == 0) {
            return List.of();
        }
        long target = model.cutOffs[gradeIndex - 1];
        if (model.total(sums) >= target) {
            return changes;
        }
        changes.addAll(smallestLift(slots, points, sums, changed, target));
        return changes;
    }

    private boolean clearKnockOuts(IndicatorValue[] slots, long[] points, long[] sums, boolean[] changed,
                                   List<Change> changes) {
        ScoreCalculation calculation = new ScoreCalculation(model);
        for (int k = 0; k < model.knockOuts.length; k++) {
            int i = model.knockOutIndicator[k];
            if (changed[i] || !model.knockOutConditions[k].holds(slots[i])) {
                continue;
            }
            Object target = model.knockOutConditions[k].clearingValue(categoriesByPoints(i));
            if (target == null) {
                return false;
            }
            IndicatorValue cleared = LiftOptions.valueOf(model.codes[i], target);
            long earned = model.pointsOf(i, cleared);
            earned = earned == Long.MIN_VALUE ? model.missing[i] : earned;
            changes.add(new Change(model.codes[i], options.shown(i, slots[i]), target,
                    Points.decimal(earned - points[i]),
                    model.knockOuts[k].code()));
            sums[model.dimension[i]] += earned - points[i];
            points[i] = earned;
            slots[i] = cleared;
            changed[i] = true;
        }
        return calculation.knockOuts(slots).isEmpty();
    }

    private List<String> categoriesByPoints(int i) {
        if (model.kind[i] != CompiledModel.CATEGORY) {
            return List.of();
        }
        return IntStream.range(0, model.categories[i].length).boxed()
                .sorted(Comparator.comparingLong(c -> model.categoryPoints[i][c]))
                .map(c -> model.categories[i][c]).toList();
    }

    private List<Change> smallestLift(IndicatorValue[] slots, long[] points, long[] sums, boolean[] changed, long target) {
        List<LiftOption> candidates = new ArrayList<>();
        for (int i = 0; i < model.size; i++) {
            if (!changed[i] && model.indicators[i].controllable()) {
                options.of(i, slots[i], points[i]).stream()
                        .filter(option -> !triggersKnockOut(option))
                        .forEach(candidates::add);
            }
        }
        LiftOption bestSingle = null;
        for (LiftOption option : candidates) {
            if (totalWith(sums, points, option, null) >= target && (bestSingle == null || option.steps() < bestSingle.steps())) {
                bestSingle = option;
            }
        }
        if (bestSingle != null) {
            return List.of(change(slots, points, bestSingle));
        }
        LiftOption[] bestPair = null;
        for (int a = 0; a < candidates.size(); a++) {
            for (int b = a + 1; b < candidates.size(); b++) {
                LiftOption first = candidates.get(a);
                LiftOption second = candidates.get(b);
                if (first.indicator() != second.indicator() && totalWith(sums, points, first, second) >= target
                        && (bestPair == null || first.steps() + second.steps() < bestPair[0].steps() + bestPair[1].steps())) {
                    bestPair = new LiftOption[] {first, second};
                }
            }
        }
        return bestPair == null ? List.of()
                : List.of(change(slots, points, bestPair[0]), change(slots, points, bestPair[1]));
    }

    private boolean triggersKnockOut(LiftOption option) {
        IndicatorValue value = LiftOptions.valueOf(model.codes[option.indicator()], option.target());
        for (int k = 0; k < model.knockOuts.length; k++) {
            if (model.knockOutIndicator[k] == option.indicator() && model.knockOutConditions[k].holds(value)) {
                return true;
            }
        }
        return false;
    }

    /** The capped total after applying one or two options. */
    private long totalWith(long[] sums, long[] points, LiftOption first, LiftOption second) {
        long[] changedSums = sums.clone();
        changedSums[model.dimension[first.indicator()]] += first.points() - points[first.indicator()];
        if (second != null) {
            changedSums[model.dimension[second.indicator()]] += second.points() - points[second.indicator()];
        }
        return model.total(changedSums);
    }

    private Change change(IndicatorValue[] slots, long[] points, LiftOption option) {
        int i = option.indicator();
        return new Change(model.codes[i], options.shown(i, slots[i]), option.target(),
                Points.decimal(option.points() - points[i]), null);
    }
}
