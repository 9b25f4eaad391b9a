package io.kerong.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small model whose points are easy to add up by hand: 8 indicators, 60 points, A ≥ 50, B ≥ 40, C ≥ 30.
 * At best: TAX_CREDIT_GRADE A 10, COURT_DISHONEST false 5, DEBT_RATIO < 40 5, RD_RATIO ≥ 6 10, HIGH_TECH true 10,
 * REVENUE_GROWTH ≥ 20 10, INDUSTRY_ENDORSED true 6, INDUSTRY_PROSPERITY ≥ 100 4 (not controllable).
 */
public final class RatingModelFixture {

    private RatingModelFixture() {
    }

    public static RatingModel small() {
        return small(grades(50, 40, 30), Map.of(Dimension.RISK, d(20), Dimension.INNOVATION, d(20),
                Dimension.GROWTH, d(10), Dimension.INDUSTRY_CHAIN, d(10)));
    }

    public static RatingModel small(List<GradeBand> grades, Map<Dimension, BigDecimal> dimensionMax) {
        List<Indicator> indicators = List.of(
                indicator("TAX_CREDIT_GRADE", "纳税信用等级", Dimension.RISK, IndicatorType.CATEGORY,
                        new CategoryScoring(categories(), d(6)), true),
                indicator("COURT_DISHONEST", "失信被执行人", Dimension.RISK, IndicatorType.BOOLEAN,
                        new BooleanScoring(d(0), d(5), d(5)), true),
                indicator("DEBT_RATIO", "资产负债率", Dimension.RISK, IndicatorType.RATIO,
                        bins(d(0), "40", "5", "70", "2.5", null, "0"), true),
                indicator("RD_RATIO", "研发费用占营业收入比例", Dimension.INNOVATION, IndicatorType.RATIO,
                        bins(null, "3", "0", "6", "5", null, "10"), true),
                indicator("HIGH_TECH", "高新技术企业", Dimension.INNOVATION, IndicatorType.BOOLEAN,
                        new BooleanScoring(d(10), d(0), d(0)), true),
                indicator("REVENUE_GROWTH", "营业收入增长率", Dimension.GROWTH, IndicatorType.RATIO,
                        bins(null, "0", "0", "20", "5", null, "10"), true),
                indicator("INDUSTRY_ENDORSED", "获产业认定", Dimension.INDUSTRY_CHAIN, IndicatorType.BOOLEAN,
                        new BooleanScoring(d(6), d(0), d(0)), true),
                indicator("INDUSTRY_PROSPERITY", "行业景气指数", Dimension.INDUSTRY_CHAIN, IndicatorType.NUMBER,
                        bins(null, "100", "0", null, "4"), false));
        List<KnockOut> knockOuts = List.of(
                new KnockOut("KO_COURT", "COURT_DISHONEST", "true", "rating.knockout.KO_COURT_DISHONEST"),
                new KnockOut("KO_TAX_D", "TAX_CREDIT_GRADE", "in D", "rating.knockout.KO_TAX_GRADE_D"));
        return new RatingModel(0, 1, ModelStatus.DRAFT, "测试模型", indicators, dimensionMax, grades, knockOuts,
                Grade.C, true, null);
    }

    public static List<GradeBand> grades(int a, int b, int c) {
        return List.of(new GradeBand(Grade.A, d(a), d(5_000_000), d(10_000_000)),
                new GradeBand(Grade.B, d(b), d(3_000_000), d(5_000_000)),
                new GradeBand(Grade.C, d(c), d(1_000_000), d(3_000_000)),
                new GradeBand(Grade.D, d(0), null, null));
    }

    /** Every indicator at its best value: 60 points. */
    public static Map<String, IndicatorValue> best() {
        Map<String, IndicatorValue> values = new HashMap<>();
        put(values, "TAX_CREDIT_GRADE", "A");
        put(values, "COURT_DISHONEST", "false");
        put(values, "DEBT_RATIO", "10");
        put(values, "RD_RATIO", "6");
        put(values, "HIGH_TECH", "true");
        put(values, "REVENUE_GROWTH", "20");
        put(values, "INDUSTRY_ENDORSED", "true");
        put(values, "INDUSTRY_PROSPERITY", "100");
        return values;
    }

    /** The best values with some replaced: "code=value" pairs, value "" removes the indicator. */
    public static Map<String, IndicatorValue> bestExcept(String... changes) {
        Map<String, IndicatorValue> values = best();
        for (String change : changes) {
            String[] parts = change.split("=", 2);
            if (parts[1].isEmpty()) {
                values.remove(parts[0]);
            } else {
                put(values, parts[0], parts[1]);
            }
        }
        return values;
    }

    /** "true"/"false" become booleans, numbers numbers, anything else a category. */
    public static void put(Map<String, IndicatorValue> values, String code, String value) {
        IndicatorValue parsed;
        if (value.equals("true") || value.equals("false")) {
            parsed = IndicatorValue.bool(code, "2025", Boolean.parseBoolean(value));
        } else if (value.matches("-?[0-9.]+")) {
            parsed = IndicatorValue.number(code, "2025", new BigDecimal(value));
        } else {
            parsed = IndicatorValue.category(code, "2025", value);
        }
        values.put(code, parsed);
    }

    static BigDecimal d(long value) {
        return BigDecimal.valueOf(value);
    }

    private static Map<String, BigDecimal> categories() {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("A", d(10));
        points.put("B", d(8));
        points.put("M", d(6));
        points.put("C", d(2));
        points.put("D", d(0));
        return points;
    }

    /** lower, then (upper, points) pairs; the last upper is null. */
    private static BinScoring bins(BigDecimal lower, String... upperAndPoints) {
        List<Bin> bins = new ArrayList<>();
        BigDecimal low = lower;
        for (int i = 0; i < upperAndPoints.length; i += 2) {
            BigDecimal up = upperAndPoints[i] == null ? null : new BigDecimal(upperAndPoints[i]);
            bins.add(new Bin(low, up, new BigDecimal(upperAndPoints[i + 1])));
            low = up;
        }
        return new BinScoring(bins, d(0));
    }

    private static Indicator indicator(String code, String nameZh, Dimension dimension, IndicatorType type,
                                       Scoring scoring, boolean controllable) {
        Direction direction = code.equals("DEBT_RATIO") || code.equals("COURT_DISHONEST")
                ? Direction.LOWER_BETTER : Direction.HIGHER_BETTER;
        String unit = type == IndicatorType.RATIO ? "%" : "";
        return new Indicator(code, nameZh, code.toLowerCase(), dimension, Department.REGISTRY, unit, type, direction,
                Period.YEARLY, scoring, controllable, null);
    }
}
