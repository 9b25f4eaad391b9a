package io.kerong.enterprise.evaluation;

import static io.kerong.enterprise.evaluation.TechSmeFixture.qualifyingEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every band edge of the official tables: just below, exactly at and just above each lower bound. */
class TechSmeEvaluationScoringTest {

    @ParameterizedTest(name = "{0} tech staff of {1} employees → {2} points")
    @CsvSource({
            "3, 10, 20", "301, 1000, 20", "300, 1000, 20", "299, 1000, 16", "29, 100, 16", "1, 3, 20", "10, 10, 20",
            "251, 1000, 16", "25, 100, 16", "249, 1000, 12",
            "201, 1000, 12", "20, 100, 12", "199, 1000, 8",
            "151, 1000, 8", "15, 100, 8", "149, 1000, 4",
            "101, 1000, 4", "10, 100, 4", "1, 10, 4", "99, 1000, 0", "9, 100, 0",
            "0, 100, 0", "0, 0, 0"})
    void techStaffShareScoresByBand(int techStaff, int employees, int points) {
        assertThat(qualifyingEnterprise().staff(employees, techStaff).evaluate().techStaffPoints()).isEqualTo(points);
    }

    @ParameterizedTest(name = "R&D {0} on revenue {1} → {2} points")
    @CsvSource({
            "60000.01, 1000000, 50", "60000.00, 1000000, 50", "59999.99, 1000000, 40", "59900.00, 1000000, 40",
            "18, 300, 50", "1, 3, 50",
            "50000.01, 1000000, 40", "50000.00, 1000000, 40", "49999.99, 1000000, 30",
            "40000.01, 1000000, 30", "40000.00, 1000000, 30", "39999.99, 1000000, 20",
            "30000.01, 1000000, 20", "30000.00, 1000000, 20", "29999.99, 1000000, 10",
            "20000.01, 1000000, 10", "20000.00, 1000000, 10", "19999.99, 1000000, 0",
            "0, 1000000, 0", "100, 0, 0"})
    void rdToRevenueScoresByBand(String rd, String revenue, int points) {
        TechSmeEvaluationResult result = qualifyingEnterprise().rdOnRevenue(rd, revenue).evaluate();
        assertThat(result.rdPoints()).isEqualTo(points);
    }

    @ParameterizedTest(name = "R&D {0} on costs {1} → {2} points")
    @CsvSource({
            "300000.01, 1000000, 50", "300000.00, 1000000, 50", "299999.99, 1000000, 40", "1, 3, 50",
            "250000.01, 1000000, 40", "250000.00, 1000000, 40", "249999.99, 1000000, 30",
            "200000.01, 1000000, 30", "200000.00, 1000000, 30", "199999.99, 1000000, 20",
            "150000.01, 1000000, 20", "150000.00, 1000000, 20", "149999.99, 1000000, 10",
            "100000.01, 1000000, 10", "100000.00, 1000000, 10", "99999.99, 1000000, 0",
            "1, 0, 0"})
    void rdToTotalCostsScoresByBand(String rd, String totalCosts, int points) {
        TechSmeEvaluationResult result = qualifyingEnterprise().rdOnCosts(rd, totalCosts).evaluate();
        assertThat(result.rdPoints()).isEqualTo(points);
    }

    @Test
    void zeroRevenueAndZeroCostsScoreNoRdPointsWithoutDividingByZero() {
        TechSmeEvaluationResult result = qualifyingEnterprise().rd("100").revenue("0").totalCosts("0").evaluate();
        assertThat(result.rdPoints()).isZero();
        assertThat(result.rdBasis()).isEqualTo(RdBasis.REVENUE);
    }

    @Test
    void theBetterOfTheTwoRdRatiosCounts() {
        // 5 % of revenue (40) against 30 % of total costs (50)
        TechSmeEvaluationResult result = qualifyingEnterprise()
                .rd("50000").revenue("1000000").totalCosts("150000").evaluate();
        assertThat(result.rdPoints()).isEqualTo(50);
        assertThat(result.rdBasis()).isEqualTo(RdBasis.COSTS);
    }

    @Test
    void revenueBasisWinsATie() {
        // 6 % of revenue (50) and 30 % of costs (50)
        TechSmeEvaluationResult result = qualifyingEnterprise()
                .rd("60000").revenue("1000000").totalCosts("200000").evaluate();
        assertThat(result.rdPoints()).isEqualTo(50);
        assertThat(result.rdBasis()).isEqualTo(RdBasis.REVENUE);
    }

    @ParameterizedTest(name = "{0} class I and {1} class II IP → {2} points")
    @CsvSource({"1, 0, 30", "2, 5, 30", "1, 4, 30", "0, 5, 24", "0, 4, 24", "0, 3, 18", "0, 2, 12", "0, 1, 6", "0, 0, 0"})
    void intellectualPropertyScoresByBand(int class1, int class2, int points) {
        assertThat(qualifyingEnterprise().ip(class1, class2).evaluate().ipPoints()).isEqualTo(points);
    }

    @Test
    void totalIsTheSumOfTheThreeIndicators() {
        TechSmeEvaluationResult result = qualifyingEnterprise().staff(100, 20).rdOnRevenue("40000", "1000000")
                .ip(0, 3).evaluate();
        assertThat(result.techStaffPoints()).isEqualTo(12);
        assertThat(result.rdPoints()).isEqualTo(30);
        assertThat(result.ipPoints()).isEqualTo(18);
        assertThat(result.totalPoints()).isEqualTo(60);
    }
}
