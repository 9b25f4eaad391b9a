package io.kerong.rating.internal.departmentdata;

import io.kerong.rating.Department;
import io.kerong.rating.Indicator;
import io.kerong.shared.Violation;
import io.kerong.shared.tabular.CsvLine;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks one delivered row on its own — every cell filled, a known indicator of the batch's department, a period key
 * of the indicator's kind that is not in the future, a value of the indicator's type and range — and stages it when
 * clean. Checks that need other rows or the registry (repeats, unknown credit codes) run later in SQL,
 * the repeats only when the hashes of the row keys collected here say there may be one.
 */
final class RowCheck {

    /** The names under which the four columns are reported: the file's headers, or the JSON field names. */
    record Fields(String uscc, String indicator, String period, String value) {
        static final Fields JSON = new Fields("uscc", "indicator", "period", "value");
    }

    private final Map<String, Indicator> catalog;
    private final Department department;
    private final LocalDate today;
    private final RowKeys keys = new RowKeys();
    private final Set<String> indicators = new HashSet<>();

    RowCheck(Map<String, Indicator> catalog, Department department, LocalDate today) {
        this.catalog = catalog;
        this.department = department;
        this.today = today;
    }

    /** False when no two staged rows share a key: the exact duplicate check in SQL can be skipped. */
    boolean mayRepeatKeys() {
        return keys.mayRepeat();
    }

    /** The indicator codes of the rows staged so far. */
    Set<String> indicators() {
        return indicators;
    }

    /** Where a clean row goes: its number, normalised credit code, indicator code and period, and its value. */
    @FunctionalInterface
    interface Staging {
        void row(int row, String uscc, String indicator, String period, LocalDate periodEnd, String number,
                 String text) throws IOException;

        /** Rows as COPY CSV for the staging table {@code rating_stage_value}. */
        static Staging csv(CsvLine line) {
            return (row, uscc, indicator, period, end, number, text) -> line.plain(row).text(uscc).text(indicator)
                    .text(period).plain(end).plain(number).text(text).end();
        }
    }

    /** Adds the row's problems to {@code found}; writes the row to {@code staging} only when it has none. */
    void accept(int row, String uscc, String code, String period, String value, Fields fields,
                List<Violation> found, Staging staging) throws IOException {
        int before = found.size();
        String credit = uscc == null ? null : uscc.strip().toUpperCase(Locale.ROOT);
        if (credit == null || credit.isEmpty()) {
            found.add(Violation.atRow(row, fields.uscc(), null, "ratingdata.uscc.missing"));
        }
        Indicator indicator = indicator(row, code, fields, found);
        if (indicator == null) {
            return;
        }
        PeriodKey key = period(row, indicator, period, fields, found);
        ValueReader.Read read = ValueReader.read(indicator, value);
        if (!read.ok()) {
            found.add(Violation.atRow(row, fields.value(), value, read.problem(), read.args()));
        }
        if (found.size() == before) {
            keys.add(credit, indicator.code(), key.key());
            indicators.add(indicator.code());
            staging.row(row, credit, indicator.code(), key.key(), key.end(),
                    read.number() == null ? null : read.number().toPlainString(), read.text());
        }
    }

    private Indicator indicator(int row, String code, Fields fields, List<Violation> found) {
        if (code == null || code.isBlank()) {
            found.add(Violation.atRow(row, fields.indicator(), null, "ratingdata.indicator.missing"));
            return null;
        }
        Indicator indicator = catalog.get(code.strip().toUpperCase(Locale.ROOT));
        if (indicator == null) {
            found.add(Violation.atRow(row, fields.indicator(), code, "ratingdata.indicator.unknown"));
            return null;
        }
        if (indicator.department() != department) {
            found.add(Violation.atRow(row, fields.indicator(), code, "ratingdata.indicator.otherDepartment",
                    indicator.department().name(), department.name()));
            return null;
        }
        return indicator;
    }

    private PeriodKey period(int row, Indicator indicator, String period, Fields fields, List<Violation> found) {
        PeriodKey key = PeriodKey.parse(indicator.period(), period).orElse(null);
        if (key == null) {
            found.add(Violation.atRow(row, fields.period(), period, "ratingdata.period.format",
                    indicator.period().name(), PeriodKey.example(indicator.period())));
        } else if (key.startsAfter(today)) {
            found.add(Violation.atRow(row, fields.period(), period, "ratingdata.period.future", today.toString()));
        }
        return key;
    }
}
