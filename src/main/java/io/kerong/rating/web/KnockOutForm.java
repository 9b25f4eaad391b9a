package io.kerong.rating.web;

import io.kerong.rating.KnockOut;
import io.kerong.rating.RatingModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The knock-out rules of a model (一票否决规则) as text rows: code, indicator, condition ({@code true}, {@code >= 50},
 * {@code in C,D}) and the message shown when it holds. A rule added here gets a general message.
 */
record KnockOutForm(List<Row> rows) {

    static final String NEW_RULE_MESSAGE = "ratingmodel.knockout.custom";

    record Row(String code, String indicatorCode, String condition, String messageKey) {
    }

    static KnockOutForm of(RatingModel model) {
        return new KnockOutForm(model.knockOuts().stream()
                .map(k -> new Row(k.code(), k.indicatorCode(), k.condition(), k.messageKey())).toList());
    }

    static KnockOutForm posted(MultiValueMap<String, String> form) {
        FormReader reader = new FormReader(form);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < reader.rows("knockOuts"); k++) {
            String row = "knockOuts[" + k + "]";
            String messageKey = reader.text(row + ".messageKey");
            rows.add(new Row(orEmpty(reader.text(row + ".code")), orEmpty(reader.text(row + ".indicatorCode")),
                    orEmpty(reader.text(row + ".condition")), messageKey == null ? NEW_RULE_MESSAGE : messageKey));
        }
        return new KnockOutForm(rows);
    }

    KnockOutForm withRowAdded() {
        List<Row> more = new ArrayList<>(rows);
        more.add(new Row("", "", "", NEW_RULE_MESSAGE));
        return new KnockOutForm(more);
    }

    KnockOutForm withRowRemoved(int index) {
        List<Row> fewer = new ArrayList<>(rows);
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        return new KnockOutForm(fewer);
    }

    List<KnockOut> toKnockOuts() {
        return rows.stream().map(row -> new KnockOut(blankToNull(row.code()), blankToNull(row.indicatorCode()),
                blankToNull(row.condition()), row.messageKey())).toList();
    }

    Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        for (int k = 0; k < rows.size(); k++) {
            String row = "knockOuts[" + k + "]";
            fields.addAll(List.of(row + ".code", row + ".indicatorCode", row + ".condition", row + ".messageKey"));
        }
        return fields;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
