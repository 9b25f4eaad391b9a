package io.kerong.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random but plausible indicator values for a model: values around the bins, about one in ten missing. */
public final class SyntheticValues {

    private SyntheticValues() {
    }

    public static Map<String, IndicatorValue> random(RatingModel model, Random random) {
        Map<String, IndicatorValue> values = new HashMap<>();
        for (Indicator indicator : model.indicators()) {
            if (random.nextInt(10) > 0) {
                values.put(indicator.code(), value(indicator, random));
            }
        }
        return values;
    }

    public static IndicatorValue value(Indicator indicator, Random random) {
        return switch (indicator.scoring()) {
            case BinScoring ignored -> IndicatorValue.number(indicator.code(), "2025", number(indicator, random));
            case CategoryScoring categories -> {
                List<String> codes = new ArrayList<>(categories.points().keySet());
                yield IndicatorValue.category(indicator.code(), "2025", codes.get(random.nextInt(codes.size())));
            }
            case BooleanScoring ignored -> IndicatorValue.bool(indicator.code(), "2025", random.nextInt(8) > 0
                    ? indicator.direction() != Direction.LOWER_BETTER : indicator.direction() == Direction.LOWER_BETTER);
        };
    }

    /** A number near one of the indicator's bin edges, sometimes exactly on it. */
    public static BigDecimal number(Indicator indicator, Random random) {
        List<BigDecimal> edges = new ArrayList<>();
        for (Bin bin : ((BinScoring) indicator.scoring()).bins()) {
            if (bin.lower() != null) {
                edges.add(bin.lower());
            }
            if (bin.upper() != null) {
                edges.add(bin.upper());
            }
        }
        BigDecimal edge = edges.isEmpty() ? BigDecimal.ZERO : edges.get(random.nextInt(edges.size()));
        if (random.nextInt(4) == 0) {
            return edge;
        }
        BigDecimal offset = BigDecimal.valueOf(random.nextInt(2001) - 1000, 2);
        BigDecimal value = edge.add(offset);
        if (indicator.type() == IndicatorType.COUNT) {
            value = value.setScale(0, java.math.RoundingMode.DOWN);
        }
        return indicator.type() == IndicatorType.COUNT || indicator.type() == IndicatorType.NUMBER
                ? value.max(BigDecimal.ZERO) : value;
    }
}
