package io.kerong.demo.internal;

import io.kerong.rating.Bin;
import io.kerong.rating.BinScoring;
import io.kerong.rating.BooleanScoring;
import io.kerong.rating.CategoryScoring;
import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorType;
import io.kerong.rating.KnockOut;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Believable department values for a demo enterprise, driven by the published model: an enterprise of quality q
 * (0 weak … 1 strong) lands in better-scoring bins and categories the higher q is, with noise, so that grades
 * follow from its profile. A knock-out indicator gets a value that triggers its rule only for the enterprise chosen to
 * fail on it (a 失信被执行人, a tax grade D, …), and a harmless one otherwise.
 */
final class DemoIndicatorValues {

    private final SplittableRandom random;
    private final double quality;

    DemoIndicatorValues(SplittableRandom random, double quality) {
        this.random = random;
        this.quality = quality;
    }

    /** The value as delivered text, or null when the department has nothing on this enterprise. */
    String value(Indicator indicator, KnockOut knockOut, boolean triggered) {
        if (knockOut != null) {
            return knockOutValue(indicator, knockOut.condition(), triggered);
        }
        if (random.nextDouble() < 0.03) {
            return null;
        }
        return switch (indicator.scoring()) {
            case BinScoring bins -> binValue(indicator, bins.bins());
            case CategoryScoring categories -> ranked(categories.points());
            case BooleanScoring bool -> String.valueOf(random.nextDouble() < 0.25 + 0.6 * quality
                    == bool.whenTrue().compareTo(bool.whenFalse()) > 0);
        };
    }

    /** A rank from the worst (0) to the best (n − 1), higher for stronger enterprises. */
    private int rank(int n) {
        double r = quality * (n - 1) + (random.nextDouble() - 0.5) * 1.0;
        return (int) Math.max(0, Math.min(n - 1, Math.round(r)));
    }

    private String ranked(Map<String, BigDecimal> points) {
        List<String> worstFirst = points.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).toList();
        return worstFirst.get(rank(worstFirst.size()));
    }

    private String binValue(Indicator indicator, List<Bin> bins) {
        List<Bin> worstFirst = bins.stream().sorted(Comparator.comparing(Bin::points)).toList();
        Bin bin = worstFirst.get(rank(worstFirst.size()));
        double low = bin.lower() != null ? bin.lower().doubleValue()
                : bin.upper().doubleValue() - Math.max(5, Math.abs(bin.upper().doubleValue()) * 0.5);
        double high = bin.upper() != null ? bin.upper().doubleValue() : low + Math.max(5, Math.abs(low) * 0.6);
        if (indicator.type() == IndicatorType.RATIO && (indicator.code().contains("SHARE")
                || indicator.code().contains("COVERAGE"))) {
            high = Math.min(high, 100);
        }
        if (indicator.type() == IndicatorType.COUNT) {
            long from = (long) Math.ceil(Math.max(0, low));
            long to = Math.max(from, (long) Math.ceil(high) - 1);
            return String.valueOf(from + random.nextLong(to - from + 1));
        }
        double v = low + random.nextDouble() * (high - low) * 0.98;
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A value that meets the knock-out condition when {@code triggered}, and a harmless one otherwise. */
    private String knockOutValue(Indicator indicator, String condition, boolean triggered) {
        String c = condition.strip();
        if (c.equals("true") || c.equals("false")) {
            return String.valueOf(triggered == c.equals("true"));
        }
        if (c.startsWith("in ")) {
            List<String> hits = List.of(c.substring(3).split("\\s*,\\s*"));
            if (triggered) {
                return hits.getFirst();
            }
            Map<String, BigDecimal> points = indicator.scoring() instanceof CategoryScoring cs ? cs.points() : Map.of();
            List<String> others = points.keySet().stream().filter(k -> !hits.contains(k)).toList();
            return others.isEmpty() ? null : ranked(points.entrySet().stream().filter(e -> !hits.contains(e.getKey()))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
        BigDecimal limit = new BigDecimal(c.replaceAll("[<>=!\\s]", ""));
        boolean above = c.startsWith(">");
        if (triggered) {
            return (above ? limit.add(BigDecimal.valueOf(10 + random.nextInt(200))) : limit.subtract(BigDecimal.ONE))
                    .max(BigDecimal.ZERO).toPlainString();
        }
        return above ? "0" : limit.add(BigDecimal.TEN).toPlainString();
    }
}
