package io.kerong.rating.web;

import io.kerong.rating.Bin;
import io.kerong.rating.BinScoring;
import io.kerong.rating.BooleanScoring;
import io.kerong.rating.CategoryScoring;
import io.kerong.rating.Indicator;
import io.kerong.rating.Scoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The edit form of one indicator's scoring (指标计分), as text so that whatever was typed comes back with its errors:
 * bins (lower bound inclusive, upper exclusive, points), points per category or for yes and no, and the points of a
 * missing value. Field names are the validator's below {@code indicators[i].scoring}: {@code bins[0].points},
 * {@code points.A}, {@code whenTrue}, {@code missingPoints}.
 */
record IndicatorForm(Indicator indicator, String kind, List<BinRow> bins, List<CategoryRow> categories,
                     String whenTrue, String whenFalse, String missingPoints) {

    record BinRow(String lower, String upper, String points) {
    }

    record CategoryRow(String code, String points) {
    }

    static IndicatorForm of(Indicator indicator) {
        Scoring scoring = indicator.scoring();
        List<BinRow> bins = new ArrayList<>();
        List<CategoryRow> categories = new ArrayList<>();
        String whenTrue = "";
        String whenFalse = "";
        switch (scoring) {
            case BinScoring b -> b.bins().forEach(bin -> bins.add(new BinRow(FormReader.plain(bin.lower()),
                    FormReader.plain(bin.upper()), FormReader.plain(bin.points()))));
            case CategoryScoring c -> c.bestFirst().forEach(code ->
                    categories.add(new CategoryRow(code, FormReader.plain(c.points().get(code)))));
            case BooleanScoring f -> {
                whenTrue = FormReader.plain(f.whenTrue());
                whenFalse = FormReader.plain(f.whenFalse());
            }
        }
        return new IndicatorForm(indicator, kind(scoring), bins, categories, whenTrue, whenFalse,
                FormReader.plain(scoring.missingPoints()));
    }

    /** The form as posted; category codes are the indicator's own (only their points are edited). */
    static IndicatorForm posted(Indicator indicator, MultiValueMap<String, String> form) {
        FormReader reader = new FormReader(form);
        List<BinRow> bins = new ArrayList<>();
        for (int b = 0; b < reader.rows("bins"); b++) {
            bins.add(new BinRow(text(reader, "bins[" + b + "].lower"), text(reader, "bins[" + b + "].upper"),
                    text(reader, "bins[" + b + "].points")));
        }
        List<CategoryRow> categories = new ArrayList<>();
        IndicatorForm stored = of(indicator);
        stored.categories().forEach(row -> categories.add(new CategoryRow(row.code(),
                text(reader, "points." + row.code()))));
        return new IndicatorForm(indicator, stored.kind(), bins, categories, text(reader, "whenTrue"),
                text(reader, "whenFalse"), text(reader, "missingPoints"));
    }

    IndicatorForm withBinAdded() {
        List<BinRow> more = new ArrayList<>(bins);
        String lower = bins.isEmpty() ? "" : bins.getLast().upper();
        more.add(new BinRow(lower, "", ""));
        return new IndicatorForm(indicator, kind, more, categories, whenTrue, whenFalse, missingPoints);
    }

    IndicatorForm withBinRemoved(int index) {
        List<BinRow> fewer = new ArrayList<>(bins);
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        return new IndicatorForm(indicator, kind, fewer, categories, whenTrue, whenFalse, missingPoints);
    }

    /** The indicator with the scoring read from this form; number errors are collected by {@code reader}. */
    Indicator toIndicator(FormReader reader) {
        BigDecimal missing = reader.decimal("missingPoints");
        Scoring scoring = switch (kind) {
            case "BINS" -> {
                List<Bin> read = new ArrayList<>();
                for (int b = 0; b < bins.size(); b++) {
                    read.add(new Bin(reader.decimal("bins[" + b + "].lower"), reader.decimal("bins[" + b + "].upper"),
                            reader.decimal("bins[" + b + "].points")));
                }
                yield new BinScoring(read, missing);
            }
            case "CATEGORY" -> {
                Map<String, BigDecimal> points = new LinkedHashMap<>();
                categories.forEach(row -> points.put(row.code(), reader.decimal("points." + row.code())));
                yield new CategoryScoring(points, missing);
            }
            default -> new BooleanScoring(reader.decimal("whenTrue"), reader.decimal("whenFalse"), missing);
        };
        Indicator i = indicator;
        return new Indicator(i.code(), i.nameZh(), i.nameEn(), i.dimension(), i.department(), i.unit(), i.type(),
                i.direction(), i.period(), scoring, i.controllable(), i.rationale());
    }

    /** The names of the fields this form shows, for placing errors next to them. */
    Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(List.of("scoring", "bins", "missingPoints", "whenTrue", "whenFalse"));
        for (int b = 0; b < bins.size(); b++) {
            String bin = "bins[" + b + "]";
            fields.addAll(List.of(bin, bin + ".lower", bin + ".upper", bin + ".points"));
        }
        categories.forEach(row -> fields.add("points." + row.code()));
        return fields;
    }

    /** The validator names fields {@code indicators[i].scoring…}; the form names them from below {@code scoring}. */
    static String rename(String field, int position) {
        String prefix = "indicators[" + position + "].scoring";
        if (field.equals(prefix)) {
            return "scoring";
        }
        return field.startsWith(prefix + ".") ? field.substring(prefix.length() + 1) : field;
    }

    private static String kind(Scoring scoring) {
        return switch (scoring) {
            case BinScoring ignored -> "BINS";
            case CategoryScoring ignored -> "CATEGORY";
            case BooleanScoring ignored -> "BOOLEAN";
        };
    }

    private static String text(FormReader reader, String name) {
        String value = reader.text(name);
        return value == null ? "" : value;
    }
}
