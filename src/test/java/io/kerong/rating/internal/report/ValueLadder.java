package io.kerong.rating.internal.report;

import io.kerong.rating.Bin;
import io.kerong.rating.BinScoring;
import io.kerong.rating.BooleanScoring;
import io.kerong.rating.CategoryScoring;
import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorType;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.KnockOut;
import io.kerong.rating.RatingModel;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Deterministic values for every indicator of a model at a share of its range (0 the worst bin, category or answer,
 * 1 the best), shifted a little per indicator so that an enterprise is not equally good at everything. Knock-out
 * indicators always get their clean value; about one indicator in eleven has no data.
 */
final class ValueLadder {

    private final RatingModel model;
    private final Set<String> knockOutIndicators;

    ValueLadder(RatingModel model) {
        this.model = model;
        this.knockOutIndicators = model.knockOuts().stream().map(KnockOut::indicatorCode).collect(Collectors.toSet());
    }

    Map<String, IndicatorValue> at(double share) {
        Map<String, IndicatorValue> values = new HashMap<>();
        for (Indicator indicator : model.indicators()) {
            int hash = Math.floorMod(indicator.code().hashCode(), 77);
            if (hash % 11 == 0) {
                continue;
            }
            double own = knockOutIndicators.contains(indicator.code()) ? 1
                    : Math.clamp(share + (hash % 7 - 3) * 0.12, 0, 1);
            values.put(indicator.code(), value(indicator, own));
        }
        return values;
    }

    private static IndicatorValue value(Indicator indicator, double share) {
        String code = indicator.code();
        return switch (indicator.scoring()) {
            case BinScoring bins -> IndicatorValue.number(code, "2025", binValue(indicator, bins.bins(), share));
            case CategoryScoring categories -> {
                List<String> worstFirst = categories.points().entrySet().stream()
                        .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
                yield IndicatorValue.category(code, "2025", worstFirst.get(index(worstFirst.size(), share)));
            }
            case BooleanScoring bool -> IndicatorValue.bool(code, "2025",
                    (share >= 0.5) == (bool.whenTrue().compareTo(bool.whenFalse()) > 0));
        };
    }

    private static BigDecimal binValue(Indicator indicator, List<Bin> bins, double share) {
        List<Bin> worstFirst = bins.stream().sorted(Comparator.comparing(Bin::points)).toList();
        Bin bin = worstFirst.get(index(worstFirst.size(), share));
        BigDecimal value = bin.lower() != null ? bin.lower() : bin.upper().subtract(BigDecimal.ONE);
        if (indicator.type() == IndicatorType.COUNT) {
            value = value.max(BigDecimal.ZERO).setScale(0, java.math.RoundingMode.CEILING);
        }
        return value;
    }

    private static int index(int size, double share) {
        return (int) Math.round(share * (size - 1));
    }
}
