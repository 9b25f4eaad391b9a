package io.kerong.enterprise.evaluation;

import static io.kerong.enterprise.evaluation.HighTechFixture.enterpriseWithoutYears;
import static io.kerong.enterprise.evaluation.HighTechFixture.qualifyingEnterprise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quantitative conditions of high-tech enterprise recognition (国科发火〔2016〕32号). */
class HighTechPrecheckTest {

    @Test
    void aQualifyingEnterprisePassesEveryCheck() {
        HighTechPrecheckResult result = qualifyingEnterprise().precheck();
        assertThat(result.checks()).extracting(HighTechCheck::rule).containsExactly("registeredAtLeastOneYear",
                "techStaffShare", "rdExpenseShare", "rdExpenseInChinaShare", "highTechProductRevenueShare");
        assertThat(result.checks()).allMatch(HighTechCheck::passed);
        assertThat(result.allChecksPassed()).isTrue();
    }

    @ParameterizedTest(name = "registered {0}, assessed {1}: {2} days → passed {3}")
    @CsvSource({
            "2024-03-01, 2025-02-28, 364, false",
            "2024-03-01, 2025-03-01, 365, true",
            // a leap year: 365 days are up on 29 February, one day before the calendar anniversary
            "2023-03-01, 2024-02-29, 365, true",
            "2023-03-01, 2024-02-28, 364, false",
            "2025-06-30, 2025-06-30, 0, false"})
    void registeredAtLeast365Days(LocalDate registered, LocalDate assessed, long days, boolean passed) {
        HighTechCheck check = qualifyingEnterprise().registeredOn(registered, assessed).check("registeredAtLeastOneYear");
        assertThat(check.passed()).isEqualTo(passed);
        assertThat(check.reason().arguments()).containsExactly(days, 365L);
    }

    @ParameterizedTest(name = "{1} tech staff of {0} employees → passed {2}")
    @CsvSource({"100, 10, true", "100, 9, false", "1000, 99, false", "1000, 100, true", "3, 1, true", "0, 0, false"})
    void techStaffAtLeastTenPercent(int employees, int techStaff, boolean passed) {
        assertThat(qualifyingEnterprise().staff(employees, techStaff).check("techStaffShare").passed()).isEqualTo(passed);
    }

    @ParameterizedTest(name = "latest revenue {0}, R&D {1} → passed {2} (required {3} %)")
    @CsvSource({
            "50000000.00, 2500000.00, true, 5.00",
            "50000000.00, 2499999.99, false, 5.00",
            "50000000.01, 2000000.01, true, 4.00",
            "50000000.01, 2000000.00, false, 4.00",
            "200000000.00, 8000000.00, true, 4.00",
            "200000000.00, 7999999.99, false, 4.00",
            "200000000.01, 6000000.01, true, 3.00",
            "200000000.01, 6000000.00, false, 3.00"})
    void requiredRdShareDependsOnTheLatestYearRevenue(String revenue, String rd, boolean passed, String requiredPercent) {
        HighTechCheck check = enterpriseWithoutYears().year(2024, revenue, rd, null, "1000", revenue)
                .check("rdExpenseShare");
        assertThat(check.passed()).isEqualTo(passed);
        assertThat(check.reason().arguments().get(1)).isEqualTo(new BigDecimal(requiredPercent));
    }

    @Test
    void rdShareIsTakenOverAllYearsTogether() {
        // 3,000,000 of 60,000,000 is exactly 5 %, although the first year alone is only 2 %
        HighTechCheck check = enterpriseWithoutYears()
                .year(2022, "10000000", "200000", null, "1000", "10000000")
                .year(2023, "20000000", "1000000", null, "1000", "20000000")
                .year(2024, "30000000", "1800000", null, "1000", "30000000")
                .check("rdExpenseShare");
        assertThat(check.passed()).isTrue();
        assertThat(check.reason().arguments()).containsExactly(new BigDecimal("5.00"), new BigDecimal("5.00"), 3);
    }

    @Test
    void noRevenueFailsTheRdShare() {
        HighTechCheck check = enterpriseWithoutYears().year(2024, "0", "0", null, "1000", "0").check("rdExpenseShare");
        assertThat(check.passed()).isFalse();
        assertThat(check.reason().key()).isEqualTo("evaluation.highTech.check.rdExpenseShare.noRevenue");
    }

    @ParameterizedTest(name = "R&D in China {0} of 1,000,000 → passed {1}")
    @CsvSource({"600000.00, true", "599999.99, false", "1000000, true"})
    void atLeastSixtyPercentOfRdInChina(String inChina, boolean passed) {
        HighTechCheck check = enterpriseWithoutYears().year(2024, "10000000", "1000000", inChina, "1000", "10000000")
                .check("rdExpenseInChinaShare");
        assertThat(check.passed()).isEqualTo(passed);
    }

    @Test
    void rdInChinaDefaultsToAllRd() {
        assertThat(qualifyingEnterprise().check("rdExpenseInChinaShare").passed()).isTrue();
    }

    @ParameterizedTest(name = "high-tech revenue {0} of 10,000,000 → passed {1}")
    @CsvSource({"6000000.00, true", "5999999.99, false", "6000000.01, true"})
    void highTechProductRevenueAtLeastSixtyPercentOfTheLatestYear(String highTech, boolean passed) {
        HighTechCheck check = enterpriseWithoutYears()
                .year(2023, "10000000", "600000", null, "1000", "0")
                .year(2024, "10000000", "600000", null, "1000", highTech)
                .check("highTechProductRevenueShare");
        assertThat(check.passed()).isEqualTo(passed);
    }

    @Test
    void yearsAreSortedAndMustBeConsecutive() {
        HighTechPrecheckInput input = enterpriseWithoutYears()
                .growthYear(2024, "3", "3").growthYear(2022, "1", "1").growthYear(2023, "2", "2").build();
        assertThat(input.years()).extracting(FiscalYearFigures::fiscalYear).containsExactly(2022, 2023, 2024);
        assertThatIllegalArgumentException().isThrownBy(() -> enterpriseWithoutYears()
                .growthYear(2021, "1", "1").growthYear(2023, "1", "1").build());
    }
}
