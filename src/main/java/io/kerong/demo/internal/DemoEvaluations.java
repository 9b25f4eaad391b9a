package io.kerong.demo.internal;

import io.kerong.demo.SyntheticEnterprise;
import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.QualificationKind;
import io.kerong.enterprise.evaluation.TechSmeEvaluation;
import io.kerong.enterprise.evaluation.TechSmeEvaluationInput;
import io.kerong.enterprise.evaluation.TechSmeEvaluationResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tech-SME self-evaluations for about 70 % of the demo enterprises, scored by the evaluation rules on the latest
 * fiscal year's figures. The registry has no public service for storing evaluations yet, so they go into
 * {@code enterprise_evaluation} directly, in the shape the evaluation page stores.
 */
@Component
class DemoEvaluations {

    private final TechSmeEvaluation evaluation;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    DemoEvaluations(TechSmeEvaluation evaluation, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.evaluation = evaluation;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    void evaluate(SplittableRandom random, long enterpriseId, SyntheticEnterprise row,
                  List<Qualification> qualifications, LocalDate today, boolean always) {
        if (!always && random.nextDouble() >= 0.7) {
            return;
        }
        TechSmeEvaluationInput input = input(row, qualifications, today);
        TechSmeEvaluationResult result = evaluation.evaluate(input);
        jdbc.sql("""
                        insert into enterprise_evaluation (enterprise_id, evaluated_at, fiscal_year, inputs,
                            tech_staff_points, rd_points, ip_points, total_points, basic_conditions_met,
                            directly_qualified, qualified, actor)
                        values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(enterpriseId, OffsetDateTime.now(clock).minusDays(random.nextInt(60)),
                        row.latestFigures().fiscalYear(), json.writeValueAsString(input), result.techStaffPoints(),
                        result.rdPoints(), result.ipPoints(), result.totalPoints(), result.basicConditionsMet(),
                        result.directlyQualified(), result.qualified(), row.contactName())
                .update();
    }

    static TechSmeEvaluationInput input(SyntheticEnterprise row, List<Qualification> qualifications, LocalDate today) {
        SyntheticEnterprise.Figures latest = row.latestFigures();
        int classOne = DemoEnterprises.ipHoldings(row).classOne();
        int classTwo = DemoEnterprises.ipHoldings(row).classTwo();
        boolean highTech = qualifications.stream()
                .anyMatch(q -> q.kind() == QualificationKind.HIGH_TECH_ENTERPRISE && q.validOn(today));
        return new TechSmeEvaluationInput(row.employees(), row.techStaff(), latest.revenue(), latest.totalCosts(),
                latest.totalAssets(), latest.rdExpense(), classOne, classTwo, highTech, false, false, false, false);
    }
}
