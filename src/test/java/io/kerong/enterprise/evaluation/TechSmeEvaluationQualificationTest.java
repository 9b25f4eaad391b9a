package io.kerong.enterprise.evaluation;

import static io.kerong.enterprise.evaluation.TechSmeFixture.enterpriseScoringNothing;
import static io.kerong.enterprise.evaluation.TechSmeFixture.qualifyingEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Basic conditions, the 60-point rule with non-zero tech staff points, and direct qualification. */
class TechSmeEvaluationQualificationTest {

    @ParameterizedTest(name = "{0} employees → basic conditions met: {1}")
    @CsvSource({"500, true", "501, false"})
    void atMost500Employees(int employees, boolean met) {
        TechSmeEvaluationResult result = qualifyingEnterprise().staff(employees, 150).evaluate();
        assertThat(result.basicConditionsMet()).isEqualTo(met);
        assertThat(result.qualified()).isEqualTo(met);
        assertThat(keys(result)).contains(met ? "evaluation.techSme.verdict.qualifiedByScore"
                : "evaluation.techSme.reason.employeesExceedLimit");
    }

    @ParameterizedTest(name = "revenue {0} → basic conditions met: {1}")
    @CsvSource({"200000000.00, true", "200000000.01, false"})
    void revenueAtMost200Million(String revenue, boolean met) {
        TechSmeEvaluationResult result = qualifyingEnterprise().revenue(revenue).rd("12000000").evaluate();
        assertThat(result.basicConditionsMet()).isEqualTo(met);
        assertThat(result.qualified()).isEqualTo(met);
        if (!met) {
            assertThat(result.reasons()).contains(Reason.of("evaluation.techSme.reason.revenueExceedsLimit",
                    new java.math.BigDecimal(revenue), new java.math.BigDecimal("200000000")));
        }
    }

    @ParameterizedTest(name = "total assets {0} → basic conditions met: {1}")
    @CsvSource({"200000000.00, true", "200000000.01, false"})
    void totalAssetsAtMost200Million(String totalAssets, boolean met) {
        TechSmeEvaluationResult result = qualifyingEnterprise().totalAssets(totalAssets).evaluate();
        assertThat(result.basicConditionsMet()).isEqualTo(met);
        assertThat(keys(result).contains("evaluation.techSme.reason.totalAssetsExceedLimit")).isEqualTo(!met);
    }

    @Test
    void seriousViolationFailsTheBasicConditionsEvenWithFullScore() {
        TechSmeEvaluationResult result = qualifyingEnterprise().seriousViolation().evaluate();
        assertThat(result.totalPoints()).isEqualTo(100);
        assertThat(result.basicConditionsMet()).isFalse();
        assertThat(result.qualified()).isFalse();
        assertThat(keys(result)).containsExactly("evaluation.techSme.reason.seriousViolation",
                "evaluation.techSme.verdict.basicConditionsNotMet");
    }

    @Test
    void everyFailingBasicConditionIsExplained() {
        TechSmeEvaluationResult result = qualifyingEnterprise().staff(600, 200).revenue("300000000")
                .totalAssets("300000000").seriousViolation().evaluate();
        assertThat(keys(result)).containsExactly("evaluation.techSme.reason.employeesExceedLimit",
                "evaluation.techSme.reason.revenueExceedsLimit", "evaluation.techSme.reason.totalAssetsExceedLimit",
                "evaluation.techSme.reason.seriousViolation", "evaluation.techSme.verdict.basicConditionsNotMet");
    }

    @Test
    void sixtyPointsWithTechStaffPointsQualify() {
        // 4 (10 % tech staff) + 50 (6 % R&D) + 6 (one class II IP) = 60
        TechSmeEvaluationResult result = qualifyingEnterprise().staff(100, 10).ip(0, 1).evaluate();
        assertThat(result.totalPoints()).isEqualTo(60);
        assertThat(result.qualified()).isTrue();
        assertThat(result.directlyQualified()).isFalse();
        assertThat(result.reasons()).containsExactly(Reason.of("evaluation.techSme.verdict.qualifiedByScore", 60, 60));
    }

    @Test
    void fiftyEightPointsDoNotQualify() {
        // 4 + 30 + 24 = 58
        TechSmeEvaluationResult result = qualifyingEnterprise().staff(100, 10).rdOnRevenue("40000", "1000000")
                .ip(0, 4).evaluate();
        assertThat(result.totalPoints()).isEqualTo(58);
        assertThat(result.qualified()).isFalse();
        assertThat(result.reasons()).containsExactly(Reason.of("evaluation.techSme.verdict.scoreBelowThreshold", 58, 60));
    }

    @Test
    void scoreOfEightyWithZeroTechStaffPointsDoesNotQualify() {
        TechSmeEvaluationResult result = qualifyingEnterprise().staff(100, 9).evaluate();
        assertThat(result.totalPoints()).isEqualTo(80);
        assertThat(result.techStaffPoints()).isZero();
        assertThat(result.qualified()).isFalse();
        assertThat(keys(result)).containsExactly("evaluation.techSme.verdict.techStaffPointsZero");
    }

    static Stream<Arguments> directQualifications() {
        return Stream.of(
                Arguments.of("highTechCertificate", (UnaryOperator<TechSmeFixture>) TechSmeFixture::highTechCertificate),
                Arguments.of("nationalAwardTop3", (UnaryOperator<TechSmeFixture>) TechSmeFixture::nationalAwardTop3),
                Arguments.of("provincialRdInstitution", (UnaryOperator<TechSmeFixture>) TechSmeFixture::provincialRdInstitution),
                Arguments.of("ledStandard", (UnaryOperator<TechSmeFixture>) TechSmeFixture::ledStandard));
    }

    @ParameterizedTest(name = "{0} qualifies directly with 0 points")
    @MethodSource("directQualifications")
    void directQualificationOverridesTheScore(String name, UnaryOperator<TechSmeFixture> qualification) {
        TechSmeEvaluationResult result = qualification.apply(enterpriseScoringNothing()).evaluate();
        assertThat(result.totalPoints()).isZero();
        assertThat(result.directlyQualified()).isTrue();
        assertThat(result.qualified()).isTrue();
        assertThat(keys(result)).containsExactly("evaluation.techSme.reason.direct." + name);
    }

    @ParameterizedTest(name = "{0} does not help when a basic condition fails")
    @MethodSource("directQualifications")
    void directQualificationStillNeedsTheBasicConditions(String name, UnaryOperator<TechSmeFixture> qualification) {
        TechSmeEvaluationResult result = qualification.apply(qualifyingEnterprise().staff(501, 200)).evaluate();
        assertThat(result.directlyQualified()).isFalse();
        assertThat(result.qualified()).isFalse();
    }

    @Test
    void withoutScoreOrDirectQualificationBothShortfallsAreGiven() {
        TechSmeEvaluationResult result = enterpriseScoringNothing().evaluate();
        assertThat(result.qualified()).isFalse();
        assertThat(keys(result)).containsExactly("evaluation.techSme.verdict.scoreBelowThreshold",
                "evaluation.techSme.verdict.techStaffPointsZero");
    }

    private static java.util.List<String> keys(TechSmeEvaluationResult result) {
        return result.reasons().stream().map(Reason::key).toList();
    }
}
