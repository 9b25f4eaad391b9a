package io.kerong.enterprise.evaluation;

import io.kerong.shared.Refusal;
import io.kerong.shared.Rule;
import io.kerong.shared.Rules;
import io.kerong.shared.Verdict;
import java.math.BigDecimal;
import java.util.function.Predicate;

/** The basic conditions (基本条件) and the direct qualifications (直接认定条件) of the tech-SME evaluation, as data. */
final class TechSmeConditions {

    static final int MAX_EMPLOYEES = 500;
    static final BigDecimal MAX_REVENUE = new BigDecimal("200000000");
    static final BigDecimal MAX_TOTAL_ASSETS = new BigDecimal("200000000");

    /** Each rule's refusal says why the enterprise fails it; the user sees every refusal, not just the first. */
    static final Rules<TechSmeEvaluationInput> BASIC_CONDITIONS = Rules.of(
            Rule.requiring("employeesAtMost500",
                    in -> in.employees() <= MAX_EMPLOYEES,
                    in -> Refusal.of("evaluation.techSme.reason.employeesExceedLimit", in.employees(), MAX_EMPLOYEES)),
            Rule.requiring("revenueAtMost200Million",
                    in -> in.revenue().compareTo(MAX_REVENUE) <= 0,
                    in -> Refusal.of("evaluation.techSme.reason.revenueExceedsLimit", in.revenue(), MAX_REVENUE)),
            Rule.requiring("totalAssetsAtMost200Million",
                    in -> in.totalAssets().compareTo(MAX_TOTAL_ASSETS) <= 0,
                    in -> Refusal.of("evaluation.techSme.reason.totalAssetsExceedLimit", in.totalAssets(), MAX_TOTAL_ASSETS)),
            Rule.requiring("noSeriousViolation",
                    in -> !in.seriousViolation(),
                    in -> Refusal.of("evaluation.techSme.reason.seriousViolation")));

    /** Each rule, when it holds, gives the ground the enterprise qualifies directly on. */
    static final Rules<TechSmeEvaluationInput> DIRECT_QUALIFICATIONS = Rules.of(
            direct("highTechCertificate", TechSmeEvaluationInput::highTechCertificate),
            direct("nationalAwardTop3", TechSmeEvaluationInput::nationalAwardTop3),
            direct("provincialRdInstitution", TechSmeEvaluationInput::provincialRdInstitution),
            direct("ledStandard", TechSmeEvaluationInput::ledStandard));

    private TechSmeConditions() {
    }

    private static Rule<TechSmeEvaluationInput> direct(String name, Predicate<TechSmeEvaluationInput> holds) {
        Verdict ground = Verdict.satisfied("evaluation.techSme.reason.direct." + name);
        // Not holding a direct qualification is no failure: the score may still qualify the enterprise.
        Verdict notHeld = Verdict.refused("evaluation.techSme.reason.direct.notHeld");
        return Rule.of(name, in -> holds.test(in) ? ground : notHeld);
    }
}
