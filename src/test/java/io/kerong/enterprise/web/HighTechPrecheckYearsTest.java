package io.kerong.enterprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.enterprise.YearlyFigures;
import io.kerong.enterprise.evaluation.FiscalYearFigures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighTechPrecheckYearsTest {

    private static YearlyFigures year(int fiscalYear, String revenue) {
        BigDecimal r = revenue == null ? null : new BigDecimal(revenue);
        return new YearlyFigures(fiscalYear, r, BigDecimal.TEN, BigDecimal.ONE, new BigDecimal("1000"),
                new BigDecimal("400"), null, null, BigDecimal.ONE);
    }

    @Test
    void takesTheNewestThreeConsecutiveCompleteYears() {
        var years = HighTechPrecheckPageController.latestCompleteYears(
                List.of(year(2021, "1"), year(2022, "2"), year(2023, "3"), year(2024, "4")));
        assertThat(years).extracting(FiscalYearFigures::fiscalYear).containsExactly(2022, 2023, 2024);
        assertThat(years.getFirst().netAssets()).isEqualByComparingTo("600");
    }

    @Test
    void aGapOrAnIncompleteYearEndsTheRun() {
        assertThat(HighTechPrecheckPageController.latestCompleteYears(
                List.of(year(2020, "1"), year(2022, "2"), year(2023, "3"))))
                .extracting(FiscalYearFigures::fiscalYear).containsExactly(2022, 2023);
        assertThat(HighTechPrecheckPageController.latestCompleteYears(
                List.of(year(2022, "2"), year(2023, null), year(2024, "4"))))
                .extracting(FiscalYearFigures::fiscalYear).containsExactly(2024);
    }
}
