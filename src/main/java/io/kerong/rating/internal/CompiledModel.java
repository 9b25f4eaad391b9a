package io.kerong.rating.internal;

import io.kerong.rating.BinScoring;
import io.kerong.rating.BooleanScoring;
import io.kerong.rating.CategoryScoring;
import io.kerong.rating.CreditLine;
import io.kerong.rating.Dimension;
import io.kerong.rating.Grade;
import io.kerong.rating.GradeBand;
import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.KnockOut;
import io.kerong.rating.RatingModel;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rating model flattened into arrays indexed by indicator position, with points in long hundredths, so that scoring
 * walks arrays instead of maps and adds longs instead of BigDecimals. Immutable once built; the model must be valid.
 */
public final class CompiledModel {

    static final byte BINS = 0;
    static final byte CATEGORY = 1;
    static final byte FLAG = 2;

    final RatingModel source;
    final int size;
    final Indicator[] indicators;
    final String[] codes;
    final int[] dimension;
    final byte[] kind;
    final BigDecimal[][] lower;
    final BigDecimal[][] upper;
    final long[][] binPoints;
    final String[][] categories;
    final long[][] categoryPoints;
    final long[] whenTrue;
    final long[] whenFalse;
    final long[] missing;
    final long[] max;
    final long[] dimensionMax;
    final Grade[] grades;
    final long[] cutOffs;
    final CreditLine[] creditLines;
    final KnockOut[] knockOuts;
    final int[] knockOutIndicator;
    final KnockOutCondition[] knockOutConditions;
    private final Map<String, Integer> positions = new HashMap<>();

    public CompiledModel(RatingModel model) {
        source = model;
        size = model.indicators().size();
        indicators = model.indicators().toArray(Indicator[]::new);
        codes = new String[size];
        dimension = new int[size];
        kind = new byte[size];
        lower = new BigDecimal[size][];
        upper = new BigDecimal[size][];
        binPoints = new long[size][];
        categories = new String[size][];
        categoryPoints = new long[size][];
        whenTrue = new long[size];
        whenFalse = new long[size];
        missing = new long[size];
        max = new long[size];
        for (int i = 0; i < size; i++) {
            compileIndicator(i, indicators[i]);
        }
        dimensionMax = new long[Dimension.values().length];
        model.dimensionMax().forEach((dim, points) -> dimensionMax[dim.ordinal()] = Points.hundredths(points));
        List<GradeBand> bands = model.grades().stream()
                .sorted(Comparator.comparing(GradeBand::minScore).reversed()).toList();
        grades = bands.stream().map(GradeBand::grade).toArray(Grade[]::new);
        cutOffs = bands.stream().mapToLong(band -> Points.hundredths(band.minScore())).toArray();
        creditLines = bands.stream().map(GradeBand::creditLine).toArray(CreditLine[]::new);
        knockOuts = model.knockOuts().toArray(KnockOut[]::new);
        knockOutIndicator = model.knockOuts().stream().mapToInt(rule -> positions.get(rule.indicatorCode())).toArray();
        knockOutConditions = model.knockOuts().stream()
                .map(rule -> KnockOutCondition.parse(rule.condition()).orElseThrow()).toArray(KnockOutCondition[]::new);
    }

    private void compileIndicator(int i, Indicator indicator) {
        codes[i] = indicator.code();
        positions.put(indicator.code(), i);
        dimension[i] = indicator.dimension().ordinal();
        missing[i] = Points.hundredths(indicator.scoring().missingPoints());
        max[i] = Points.hundredths(indicator.scoring().maxPoints());
        switch (indicator.scoring()) {
            case BinScoring bins -> {
                kind[i] = BINS;
                lower[i] = bins.bins().stream().map(b -> b.lower()).toArray(BigDecimal[]::new);
                upper[i] = bins.bins().stream().map(b -> b.upper()).toArray(BigDecimal[]::new);
                binPoints[i] = bins.bins().stream().mapToLong(b -> Points.hundredths(b.points())).toArray();
            }
            case CategoryScoring categoryScoring -> {
                kind[i] = CATEGORY;
                categories[i] = categoryScoring.points().keySet().toArray(String[]::new);
                categoryPoints[i] = categoryScoring.points().values().stream().mapToLong(Points::hundredths).toArray();
            }
            case BooleanScoring flag -> {
                kind[i] = FLAG;
                whenTrue[i] = Points.hundredths(flag.whenTrue());
                whenFalse[i] = Points.hundredths(flag.whenFalse());
            }
        }
    }

    public RatingModel source() {
        return source;
    }

    public int size() {
        return size;
    }

    /** The position of an indicator code, or −1. */
    public int positionOf(String code) {
        Integer position = positions.get(code);
        return position == null ? -1 : position;
    }

    public String code(int position) {
        return codes[position];
    }

    /** The value's points, or {@code Long.MIN_VALUE} when the value is missing or not of the indicator's type. */
    long pointsOf(int i, IndicatorValue value) {
        if (value == null) {
            return Long.MIN_VALUE;
        }
        return switch (kind[i]) {
            case BINS -> value.number() == null ? Long.MIN_VALUE : binPoints(i, value.number());
            case CATEGORY -> value.text() == null ? Long.MIN_VALUE : categoryPoints(i, value.text());
            default -> value.number() == null ? Long.MIN_VALUE : value.number().signum() != 0 ? whenTrue[i] : whenFalse[i];
        };
    }

    /**
     * Lower bound inclusive, upper exclusive. Bins are contiguous (validated), so a value can only miss them below the
     * first bin or above the last: it then earns that bin's points, which keeps scoring monotonic.
     */
    long binPoints(int i, BigDecimal value) {
        BigDecimal[] lows = lower[i];
        BigDecimal[] highs = upper[i];
        int last = lows.length - 1;
        for (int b = 0; b < last; b++) {
            if (value.compareTo(highs[b]) < 0) {
                return binPoints[i][b];
            }
        }
        return binPoints[i][last];
    }

    private long categoryPoints(int i, String text) {
        String[] known = categories[i];
        for (int c = 0; c < known.length; c++) {
            if (known[c].equals(text)) {
                return categoryPoints[i][c];
            }
        }
        return Long.MIN_VALUE;
    }

    /** The total of the per-dimension sums, each capped at its dimension's maximum. */
    long total(long[] dimensionSums) {
        long total = 0;
        for (int d = 0; d < dimensionSums.length; d++) {
            total += Math.min(dimensionSums[d], dimensionMax[d]);
        }
        return total;
    }

    /** Index into {@link #grades} of the best grade whose cut-off the total reaches. */
    int gradeIndex(long total) {
        for (int g = 0; g < cutOffs.length; g++) {
            if (total >= cutOffs[g]) {
                return g;
            }
        }
        return cutOffs.length - 1;
    }
}
