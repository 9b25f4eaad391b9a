package io.kerong.rating.internal.departmentdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.rating.Bin;
import io.kerong.rating.BinScoring;
import io.kerong.rating.BooleanScoring;
import io.kerong.rating.CategoryScoring;
import io.kerong.rating.Department;
import io.kerong.rating.Dimension;
import io.kerong.rating.Direction;
import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorType;
import io.kerong.rating.Period;
import io.kerong.rating.Scoring;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueReaderTest {

    private static final Scoring SHARE_BINS = new BinScoring(List.of(new Bin(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE)), BigDecimal.ZERO);
    private static final Scoring OPEN_BELOW = new BinScoring(List.of(new Bin(null, BigDecimal.ZERO, BigDecimal.ZERO)), BigDecimal.ZERO);

    @ParameterizedTest(name = "{0} {1} \"{2}\" → {3}")
    @CsvSource(delimiter = '|', value = {
            "NUMBER   | TAX_PAID            | 1,234.5 | 1234.5",
            "NUMBER   | TAX_PAID            | abc     | ratingdata.value.notNumber",
            "RATIO    | HF_COVERAGE         | 6.5%    | 6.5",
            "RATIO    | HF_COVERAGE         | 100     | 100",
            "RATIO    | HF_COVERAGE         | 100.01  | ratingdata.value.shareAbove100",
            "RATIO    | HF_COVERAGE         | -1      | ratingdata.value.negativeRatio",
            "RATIO    | ASSET_LIABILITY_RATIO | 130   | 130",
            "RATIO    | TAX_PAID_GROWTH     | -100    | -100",
            "RATIO    | TAX_PAID_GROWTH     | -100.5  | ratingdata.value.rateBelowMinus100",
            "COUNT    | COURT_CASES         | 3       | 3",
            "COUNT    | COURT_CASES         | 3.0     | 3",
            "COUNT    | COURT_CASES         | 2.5     | ratingdata.value.notCount",
            "COUNT    | COURT_CASES         | -1      | ratingdata.value.negativeCount",
            "BOOLEAN  | COURT_DISHONEST     | 是      | 1",
            "BOOLEAN  | COURT_DISHONEST     | FALSE   | 0",
            "BOOLEAN  | COURT_DISHONEST     | 1       | 1",
            "BOOLEAN  | COURT_DISHONEST     | maybe   | ratingdata.value.notBoolean",
            "CATEGORY | TAX_CREDIT_GRADE    | m       | M",
            "CATEGORY | TAX_CREDIT_GRADE    | E       | ratingdata.value.unknownCategory"})
    void readsEachTypeAndRejectsWhatCannotBe(IndicatorType type, String code, String raw, String expected) {
        boolean growth = code.contains("GROWTH");
        Scoring scoring = switch (type) {
            case CATEGORY -> grades();
            case BOOLEAN -> new BooleanScoring(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE);
            default -> growth || code.equals("TAX_PAID") ? OPEN_BELOW : SHARE_BINS;
        };
        Indicator indicator = new Indicator(code, code, code, Dimension.RISK, Department.TAXATION, "", type,
                Direction.HIGHER_BETTER, Period.YEARLY, scoring);

        ValueReader.Read read = ValueReader.read(indicator, raw);

        String actual = read.ok() ? (read.number() != null ? read.number().toPlainString() : read.text()) : read.problem();
        assertThat(actual).isEqualTo(expected);
    }

    private static CategoryScoring grades() {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (String g : List.of("A", "B", "M", "C", "D")) {
            points.put(g, BigDecimal.ONE);
        }
        return new CategoryScoring(points, BigDecimal.ZERO);
    }
}
