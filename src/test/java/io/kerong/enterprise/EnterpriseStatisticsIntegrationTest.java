package io.kerong.enterprise;

import static io.kerong.enterprise.EnterpriseFixture.operator;
import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.enterprise.EnterpriseStatistics.RegionCount;
import io.kerong.enterprise.evaluation.TechSmeEvaluationInput;
import io.kerong.enterprise.internal.SelfEvaluations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Other tests share the database, so counts are compared before and after adding the fixtures. */
@SpringBootTest
@AutoConfigureMockMvc
class EnterpriseStatisticsIntegrationTest {

    @Autowired EnterpriseRegistry registry;
    @Autowired EnterpriseStatistics statistics;
    @Autowired SelfEvaluations evaluations;

    @Test
    void countsByRegionIndustryQualificationAndTheLatestEvaluationPassRate() {
        LocalDate day = LocalDate.of(2025, 6, 30);
        Map<IndustrySection, Long> industryBefore = statistics.byIndustry();
        Map<QualificationKind, Long> qualificationBefore = statistics.byQualification(day);
        EnterpriseStatistics.EvaluationPassRate rateBefore = statistics.evaluationPassRate();

        // 拉萨市城关区 ×2, 日喀则市桑珠孜区 ×1: a province no other test uses
        Enterprise a = EnterpriseFixture.bareManufacturer("540102")
                .withQualification(QualificationKind.HIGH_TECH_ENTERPRISE, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31))
                .withQualification(QualificationKind.HIGH_TECH_ENTERPRISE, LocalDate.of(2020, 1, 1), null)
                .importedBy(registry);
        Enterprise b = EnterpriseFixture.bareManufacturer("540102").inIndustry(IndustrySection.M)
                .withQualification(QualificationKind.HIGH_TECH_ENTERPRISE, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31))
                .importedBy(registry);
        EnterpriseFixture.bareManufacturer("540202").importedBy(registry);
        evaluate(a, 0);        // not qualified, then qualified: only the latest counts
        evaluate(a, 40);
        evaluate(b, 0);

        assertThat(statistics.byCity("540000")).extracting(RegionCount::divisionCode, RegionCount::enterprises)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("540100", 2L),
                        org.assertj.core.groups.Tuple.tuple("540200", 1L));
        assertThat(statistics.byCity("540000").getFirst().name()).isEqualTo("西藏自治区拉萨市");
        assertThat(statistics.byProvince()).contains(new RegionCount("540000", "西藏自治区", 3));
        assertThat(statistics.byIndustry().get(IndustrySection.C) - industryBefore.getOrDefault(IndustrySection.C, 0L)).isEqualTo(2);
        assertThat(statistics.byIndustry().get(IndustrySection.M) - industryBefore.getOrDefault(IndustrySection.M, 0L)).isEqualTo(1);
        assertThat(statistics.byQualification(day).get(QualificationKind.HIGH_TECH_ENTERPRISE)
                - qualificationBefore.getOrDefault(QualificationKind.HIGH_TECH_ENTERPRISE, 0L))
                .as("two valid certificates count once; an expired one not at all").isEqualTo(1);
        EnterpriseStatistics.EvaluationPassRate rate = statistics.evaluationPassRate();
        assertThat(rate.evaluated() - rateBefore.evaluated()).isEqualTo(2);
        assertThat(rate.qualified() - rateBefore.qualified()).isEqualTo(1);
        assertThat(new EnterpriseStatistics.EvaluationPassRate(3, 2).rate()).isEqualByComparingTo("0.6667");
    }

    private void evaluate(Enterprise e, int techStaff) {
        BigDecimal million = new BigDecimal("1000000");
        evaluations.submit(operator(), e.id(), 2024, new TechSmeEvaluationInput(100, techStaff, million, million,
                million, new BigDecimal("60000"), 1, 0, false, false, false, false, false));
    }
}
