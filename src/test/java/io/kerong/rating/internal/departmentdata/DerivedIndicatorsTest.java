package io.kerong.rating.internal.departmentdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.enterprise.IpHoldings;
import io.kerong.enterprise.IpKind;
import io.kerong.enterprise.QualificationKind;
import io.kerong.enterprise.RegistryFacts;
import io.kerong.enterprise.YearlyFigures;
import io.kerong.rating.IndicatorValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivedIndicatorsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    @ParameterizedTest(name = "{0} → {1} → {2} grows {3} %")
    @CsvSource({
            // the high-tech guide's worked example: net assets 1000 → 1300 → 1690 is 30 %
            "1000, 1300, 1690, 30",
            "2000, 2500, 3000, 22.5",
            "100, 100, 100, 0",
            "100, 80, 64, -20"})
    void growthOverThreeYearsIsTheMeanOfTheTwoStepsMinusOne(String y1, String y2, String y3, String percent) {
        List<YearlyFigures> figures = List.of(revenue(2023, y1), revenue(2024, y2), revenue(2025, y3));

        assertThat(DerivedIndicators.growth(figures, YearlyFigures::revenue)).isEqualByComparingTo(percent);
    }

    @Test
    void growthOverTwoYearsIsTheOneStep() {
        assertThat(DerivedIndicators.growth(List.of(revenue(2024, "200"), revenue(2025, "250")), YearlyFigures::revenue))
                .isEqualByComparingTo("25");
    }

    @Test
    void growthFromANonPositiveBaseIsLeftOut() {
        assertThat(DerivedIndicators.growth(List.of(revenue(2024, "0"), revenue(2025, "250")), YearlyFigures::revenue))
                .isNull();
    }

    @Test
    void techStaffShareOfExactly30PercentIsExact() {
        assertThat(DerivedIndicators.percent(BigDecimal.valueOf(30), BigDecimal.valueOf(100)).toPlainString()).isEqualTo("30");
    }

    @Test
    void enterpriseWithoutHeadCountOrFiguresGetsOnlyIpAndQualifications() {
        RegistryFacts bare = new RegistryFacts(1, "X", null, null, List.of(), IpHoldings.none(), Set.of());

        Map<String, IndicatorValue> values = new DerivedIndicators(true).of(bare, AS_OF);

        assertThat(values).containsOnlyKeys("CLASS1_IP_COUNT", "CLASS2_IP_COUNT", "TECH_SME_QUALIFIED",
                "HIGH_TECH_CERTIFIED", "SPECIALIZED_NEW", "LITTLE_GIANT");
        assertThat(values.get("HIGH_TECH_CERTIFIED").number()).isEqualByComparingTo("0");
    }

    @Test
    void revenueIsStatedInTenThousandYuanWhenTheModelSaysSo() {
        RegistryFacts facts = new RegistryFacts(1, "X", 50, 10, List.of(revenue(2025, "31500000")),
                new IpHoldings(Map.of(IpKind.INVENTION_PATENT, 1)), Set.of(QualificationKind.HIGH_TECH_ENTERPRISE));

        Map<String, IndicatorValue> values = new DerivedIndicators(true).of(facts, AS_OF);

        assertThat(values.get("REVENUE").number()).isEqualByComparingTo("3150");
        assertThat(values.get("REVENUE").period()).isEqualTo("2025");
        assertThat(values.get("TECH_STAFF_SHARE").number()).isEqualByComparingTo("20");
        assertThat(values.get("INVENTION_PATENTS_PER_100").number()).isEqualByComparingTo("2");
        assertThat(values.get("HIGH_TECH_CERTIFIED").number()).isEqualByComparingTo("1");
    }

    private static YearlyFigures revenue(int year, String amount) {
        return new YearlyFigures(year, new BigDecimal(amount), null, null, null, null, null, null, null);
    }
}
