package io.kerong.enterprise.evaluation;

import static io.kerong.enterprise.evaluation.TechSmeFixture.qualifyingEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The advice names the smallest change that lifts an indicator to its next band. */
class TechSmeEvaluationAdviceTest {

    @ParameterizedTest(name = "{0} of {1} employees: hire {2} tech staff to reach {3} points")
    @CsvSource({
            // (29 + 2) / (100 + 2) = 30.39 %, while (29 + 1) / (100 + 1) = 29.70 %
            "29, 100, 2, 20",
            // (10 + 6) / (100 + 6) = 15.09 %, while (10 + 5) / (100 + 5) = 14.29 %
            "10, 100, 6, 8",
            // (0 + 12) / (100 + 12) = 10.71 %, while 11 / 111 = 9.91 %
            "0, 100, 12, 4",
            // exactly at the edge after hiring: (2 + 1) / (9 + 1) = 30 %
            "2, 9, 1, 20",
            // nobody employed yet: the first tech hire makes the share 100 %
            "0, 0, 1, 20"})
    void hiringRaisesTechStaffAndEmployeesTogether(int techStaff, int employees, int hires, int points) {
        List<Advice> advice = qualifyingEnterprise().staff(employees, techStaff).evaluate().advice();
        assertThat(advice).contains(Advice.of("evaluation.techSme.advice.hireTechStaff", (long) hires, points));
    }

    @Test
    void atTheEmployeeLimitReassigningStaffIsAdvisedInsteadOfHiring() {
        // 40 of 500 is 8 %; 12 hires would make 512 employees, so move 10 existing employees into R&D (50 / 500 = 10 %)
        List<Advice> advice = qualifyingEnterprise().staff(500, 40).evaluate().advice();
        assertThat(advice).contains(Advice.of("evaluation.techSme.advice.reassignToRd", 10L, 4));
    }

    @Test
    void noTechStaffAdviceAtTheTopBand() {
        assertThat(keys(qualifyingEnterprise().staff(100, 30).evaluate().advice()))
                .doesNotContain("evaluation.techSme.advice.hireTechStaff", "evaluation.techSme.advice.reassignToRd");
    }

    @Test
    void rdAdviceOnRevenueIsTheGapToTheNextBand() {
        // 45,678.90 / 1,000,000 = 4.57 % (30 points); 5 % needs 50,000.00
        List<Advice> advice = qualifyingEnterprise().rdOnRevenue("45678.90", "1000000").evaluate().advice();
        assertThat(advice).contains(Advice.of("evaluation.techSme.advice.rdOnRevenue", new BigDecimal("4321.10"), 40));
    }

    @Test
    void rdAdviceIsRoundedUpToTheFen() {
        // 2 % of 1,000,000.01 is 20,000.0002, so 20,000.00 falls short and 20,000.01 reaches 10 points
        List<Advice> advice = qualifyingEnterprise().rdOnRevenue("0", "1000000.01").evaluate().advice();
        assertThat(advice).contains(Advice.of("evaluation.techSme.advice.rdOnRevenue", new BigDecimal("20000.01"), 10));
    }

    @Test
    void rdAdviceOnCostsCountsTheExtraRdAsACost() {
        // 200,000 / 1,000,000 = 20 % of costs (30 points); 25 % needs (250,000 − 200,000) / 0.75 = 66,666.67 more,
        // far less than the 4,800,000 that 5 % of the 100,000,000 revenue would need
        List<Advice> advice = qualifyingEnterprise().rd("200000").revenue("100000000").totalCosts("1000000")
                .evaluate().advice();
        assertThat(advice).contains(Advice.of("evaluation.techSme.advice.rdOnCosts", new BigDecimal("66666.67"), 40));
        assertThat(keys(advice)).doesNotContain("evaluation.techSme.advice.rdOnRevenue");
    }

    @Test
    void rdAdviceFromZeroTakesTheCheaperBasis() {
        // 10 % of 100,000 costs needs 11,111.12 (11,111.12 / 111,111.12 ≥ 10 %); 2 % of 1,000,000 revenue needs 20,000
        List<Advice> advice = qualifyingEnterprise().rd("0").revenue("1000000").totalCosts("100000").evaluate().advice();
        assertThat(advice).contains(Advice.of("evaluation.techSme.advice.rdOnCosts", new BigDecimal("11111.12"), 10));
    }

    @Test
    void noRdAdviceAtFiftyPoints() {
        assertThat(keys(qualifyingEnterprise().evaluate().advice()))
                .doesNotContain("evaluation.techSme.advice.rdOnRevenue", "evaluation.techSme.advice.rdOnCosts");
    }

    @ParameterizedTest(name = "{0} class II IP: one more reaches {1} points")
    @CsvSource({"0, 6", "1, 12", "2, 18", "3, 24"})
    void oneMoreClass2IpReachesTheNextBand(int class2, int points) {
        List<Advice> advice = qualifyingEnterprise().ip(0, class2).evaluate().advice();
        assertThat(advice).contains(Advice.of("evaluation.techSme.advice.class2Ip", 1, points),
                Advice.of("evaluation.techSme.advice.class1Ip", 1, 30));
    }

    @Test
    void withFourClass2IpOnlyAClass1IpHelps() {
        List<Advice> advice = qualifyingEnterprise().ip(0, 4).evaluate().advice();
        assertThat(keys(advice)).contains("evaluation.techSme.advice.class1Ip")
                .doesNotContain("evaluation.techSme.advice.class2Ip");
    }

    @Test
    void aFullScoreNeedsNoAdvice() {
        assertThat(qualifyingEnterprise().evaluate().advice()).isEmpty();
    }

    private static List<String> keys(List<Advice> advice) {
        return advice.stream().map(Advice::key).toList();
    }
}
