package io.kerong.rating.web;

import io.kerong.rating.Dimension;
import io.kerong.rating.Grade;
import io.kerong.rating.GradeBand;
import io.kerong.rating.RatingModel;
import io.kerong.rating.internal.editing.DraftEdits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The general settings of a model (模型设置) as text: name, the maximum of each dimension (维度满分), per grade the
 * lowest total score (分数线) and the credit-line interval (授信区间) in 万元, the minimum grade pushed to banks and
 * whether the industry endorsement is required. Field names are the validator's ({@code dimensionMax.RISK},
 * {@code grades[0].minScore}) plus {@code grades[g].creditMin} and {@code creditMax} for the interval's ends.
 */
record SettingsForm(String name, Map<Dimension, String> dimensionMax, List<GradeRow> grades, String minimumPushGrade,
                    boolean endorsementRequired) {

    record GradeRow(Grade grade, String minScore, String creditMin, String creditMax) {
    }

    static SettingsForm of(RatingModel model) {
        Map<Dimension, String> maxima = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            maxima.put(dimension, FormReader.plain(model.dimensionMax().get(dimension)));
        }
        List<GradeRow> grades = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            GradeBand band = model.band(grade).orElse(new GradeBand(grade, null, null, null));
            grades.add(new GradeRow(grade, FormReader.plain(band.minScore()),
                    FormReader.inTenThousands(band.creditLineMin()), FormReader.inTenThousands(band.creditLineMax())));
        }
        return new SettingsForm(model.name(), maxima, grades,
                model.minimumPushGrade() == null ? "" : model.minimumPushGrade().name(), model.endorsementRequired());
    }

    static SettingsForm posted(MultiValueMap<String, String> form) {
        FormReader reader = new FormReader(form);
        Map<Dimension, String> maxima = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            maxima.put(dimension, orEmpty(reader.text("dimensionMax." + dimension)));
        }
        List<GradeRow> grades = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            String row = "grades[" + grade.ordinal() + "]";
            grades.add(new GradeRow(grade, orEmpty(reader.text(row + ".minScore")),
                    orEmpty(reader.text(row + ".creditMin")), orEmpty(reader.text(row + ".creditMax"))));
        }
        return new SettingsForm(orEmpty(reader.text("name")), maxima, grades, orEmpty(reader.text("minimumPushGrade")),
                reader.checked("endorsementRequired"));
    }

    /** The draft with these settings; number errors are collected by {@code reader}. */
    RatingModel applyTo(RatingModel draft, FormReader reader) {
        Map<Dimension, BigDecimal> maxima = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            String field = "dimensionMax." + dimension;
            BigDecimal max = reader.decimal(field);
            if (max == null && reader.text(field) != null) {
                // unreadable: nothing is saved; judge the rest against the maximum the draft has
                max = draft.dimensionMax().get(dimension);
            }
            if (max != null) {
                maxima.put(dimension, max);
            }
        }
        List<GradeBand> bands = new ArrayList<>();
        for (GradeRow row : grades) {
            String field = "grades[" + row.grade().ordinal() + "]";
            bands.add(new GradeBand(row.grade(), reader.decimal(field + ".minScore"),
                    reader.tenThousandYuan(field + ".creditMin"), reader.tenThousandYuan(field + ".creditMax")));
        }
        Grade push = minimumPushGrade.isEmpty() ? null : Grade.valueOf(minimumPushGrade);
        return DraftEdits.settings(draft, name, maxima, bands, push, endorsementRequired);
    }

    Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(List.of("name", "grades", "minimumPushGrade"));
        for (Dimension dimension : Dimension.values()) {
            fields.add("dimensionMax." + dimension);
        }
        for (Grade grade : Grade.values()) {
            String row = "grades[" + grade.ordinal() + "]";
            fields.addAll(List.of(row, row + ".grade", row + ".minScore", row + ".creditMin", row + ".creditMax"));
        }
        return fields;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
