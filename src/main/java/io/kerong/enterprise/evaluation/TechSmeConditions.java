package io.kerong.enterprise.evaluation;

import java.math.BigDecimal;
import java.util.List;

/** The basic conditions (基本条件) and the direct qualifications (直接认定条件) of the tech-SME evaluation, as data. */
final class TechSmeConditions {

    static final int MAX_EMPLOYEES = 500;
    static final BigDecimal MAX_REVENUE = new BigDecimal("200000000");
    static final BigDecimal MAX_TOTAL_ASSETS = new BigDecimal("200000000");

    /** Each rule's reason says why the enterprise fails it. */
    static final List<TechSmeRule> BASIC_CONDITIONS = List.of(
            new TechSmeRule("employeesAtMost500",
                    in -> in.employees() <= MAX_EMPLOYEES,
                    in -> Reason.of("evaluation.techSme.reason.employeesExceedLimit", in.employees(), MAX_EMPLOYEES)),
            new TechSmeRule("revenueAtMost200Million",
                    in -> in.revenue().compareTo(MAX_REVENUE) <= 0,
                    in -> Reason.of("evaluation.techSme.reason.revenueExceedsLimit", in.revenue(), MAX_REVENUE)),
            new TechSmeRule("totalAssetsAtMost200Million",
                    in -> in.totalAssets().compareTo(MAX_TOTAL_ASSETS) <= 0,
                    in -> Reason.of("evaluation.techSme.reason.totalAssetsExceedLimit", in.totalAssets(), MAX_TOTAL_ASSETS)),
            new TechSmeRule("noSeriousViolation",
                    in -> !in.seriousViolation(),
                    in -> Reason.of("evaluation.techSme.reason.seriousViolation")));

    /** Each rule's reason says that the enterprise qualifies directly on it. */
    static final List<TechSmeRule> DIRECT_QUALIFICATIONS = List.of(
            new TechSmeRule("highTechCertificate", TechSmeEvaluationInput::highTechCertificate,
                    in -> Reason.of("evaluation.techSme.reason.direct.highTechCertificate")),
            new TechSmeRule("nationalAwardTop3", TechSmeEvaluationInput::nationalAwardTop3,
                    in -> Reason.of("evaluation.techSme.reason.direct.nationalAwardTop3")),
            new TechSmeRule("provincialRdInstitution", TechSmeEvaluationInput::provincialRdInstitution,
                    in -> Reason.of("evaluation.techSme.reason.direct.provincialRdInstitution")),
            new TechSmeRule("ledStandard", TechSmeEvaluationInput::ledStandard,
                    in -> Reason.of("evaluation.techSme.reason.direct.ledStandard")));

    private TechSmeConditions() {
    }
}
