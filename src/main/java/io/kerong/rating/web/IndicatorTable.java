package io.kerong.rating.web;

import io.kerong.rating.Department;
import io.kerong.rating.Dimension;
import io.kerong.rating.Indicator;
import io.kerong.rating.RatingModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The indicator table of the model page (指标表): the model's indicators and the catalog's disabled ones, filtered by
 * text, dimension, department and status, grouped by dimension and then department; with, per dimension, its maximum
 * and what its enabled indicators can reach together.
 */
record IndicatorTable(List<DimensionTotal> totals, List<DimensionGroup> groups, int shown, Filter filter) {

    /** The filters of the search form; null fields match everything. {@code status}: enabled, disabled or null. */
    record Filter(String q, Dimension dimension, Department department, String status) {

        static Filter of(String q, String dimension, String department, String status) {
            return new Filter(q == null || q.isBlank() ? null : q.strip(), parse(Dimension.class, dimension),
                    parse(Department.class, department),
                    "enabled".equals(status) || "disabled".equals(status) ? status : null);
        }

        boolean matches(Indicator indicator, boolean enabled) {
            return (dimension == null || indicator.dimension() == dimension)
                    && (department == null || indicator.department() == department)
                    && (status == null || status.equals("enabled") == enabled)
                    && (q == null || contains(indicator.code(), q) || contains(indicator.nameZh(), q)
                    || contains(indicator.nameEn(), q));
        }

        private static boolean contains(String text, String part) {
            return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String name) {
            try {
                return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** A dimension's maximum against the sum of its enabled indicators' maximum points (达到满分所需). */
    record DimensionTotal(Dimension dimension, String max, String reachable, int indicators, boolean unreachable) {
    }

    record DimensionGroup(Dimension dimension, List<DepartmentGroup> departments) {
    }

    record DepartmentGroup(Department department, List<Row> rows) {
    }

    record Row(String code, String nameZh, String nameEn, String type, String unit, String period, String scoring,
               String maxPoints, String missingPoints, boolean enabled, boolean controllable) {
    }

    static IndicatorTable of(RatingModel model, List<Indicator> disabled, Filter filter, String yes, String no) {
        Map<Dimension, Map<Department, List<Row>>> grouped = new EnumMap<>(Dimension.class);
        int shown = 0;
        List<Indicator> all = Stream.concat(model.indicators().stream(), disabled.stream()).toList();
        for (Indicator indicator : all) {
            boolean enabled = model.indicator(indicator.code()).isPresent();
            if (filter.matches(indicator, enabled)) {
                grouped.computeIfAbsent(indicator.dimension(), d -> new LinkedHashMap<>())
                        .computeIfAbsent(indicator.department(), d -> new ArrayList<>())
                        .add(row(indicator, enabled, yes, no));
                shown++;
            }
        }
        List<DimensionGroup> groups = grouped.entrySet().stream().map(e -> new DimensionGroup(e.getKey(),
                e.getValue().entrySet().stream().map(d -> new DepartmentGroup(d.getKey(), d.getValue())).toList()))
                .toList();
        return new IndicatorTable(totals(model), groups, shown, filter);
    }

    private static List<DimensionTotal> totals(RatingModel model) {
        List<DimensionTotal> totals = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            List<Indicator> of = model.indicators().stream().filter(i -> i.dimension() == dimension).toList();
            BigDecimal reachable = of.stream().map(i -> i.scoring().maxPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal max = model.dimensionMax().get(dimension);
            totals.add(new DimensionTotal(dimension, FormReader.plain(max), FormReader.plain(reachable), of.size(),
                    max != null && reachable.compareTo(max) < 0));
        }
        return totals;
    }

    private static Row row(Indicator indicator, boolean enabled, String yes, String no) {
        return new Row(indicator.code(), indicator.nameZh(), indicator.nameEn(), indicator.type().name(),
                indicator.unit(), indicator.period().name(), ScoringText.of(indicator.scoring(), yes, no),
                FormReader.plain(indicator.scoring().maxPoints()), FormReader.plain(indicator.scoring().missingPoints()),
                enabled, indicator.controllable());
    }
}
