package io.kerong.enterprise.evaluation;

import static io.kerong.enterprise.evaluation.TechSmeScoreTables.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The tech-SME evaluation (科技型中小企业评价, 国科发政〔2017〕115号): scores tech staff (20), R&D (50) and IP (30),
 * checks the basic conditions and the direct qualifications, and says what would lift each indicator.
 * Stateless; usable as a bean or with {@code new}.
 */
@Component
public class TechSmeEvaluation {

    private final TechSmeAdvisor advisor = new TechSmeAdvisor();

    public TechSmeEvaluationResult evaluate(TechSmeEvaluationInput input) {
        List<Reason> reasons = new ArrayList<>();
        TechSmeConditions.BASIC_CONDITIONS.refusals(input).forEach(refusal -> reasons.add(Reason.of(refusal)));
        boolean basicConditionsMet = reasons.isEmpty();

        int techStaffPoints = techStaffPoints(input.techStaff(), input.employees());
        int rdOnRevenue = points(RD_TO_REVENUE.bandOf(input.rdExpense(), input.revenue()));
        int rdOnCosts = points(RD_TO_COSTS.bandOf(input.rdExpense(), input.totalCosts()));
        // The better basis counts; revenue wins a tie because it is the first ratio of the official table.
        RdBasis rdBasis = rdOnCosts > rdOnRevenue ? RdBasis.COSTS : RdBasis.REVENUE;
        int rdPoints = Math.max(rdOnRevenue, rdOnCosts);
        int ipPoints = ipPoints(input.class1Ip(), input.class2Ip());
        int totalPoints = techStaffPoints + rdPoints + ipPoints;

        List<Reason> directReasons = TechSmeConditions.DIRECT_QUALIFICATIONS.grounds(input).stream()
                .map(Reason::of).toList();
        boolean directlyQualified = basicConditionsMet && !directReasons.isEmpty();
        boolean qualifiedByScore = totalPoints >= QUALIFYING_TOTAL && techStaffPoints != 0;
        boolean qualified = basicConditionsMet && (directlyQualified || qualifiedByScore);

        reasons.addAll(verdictReasons(basicConditionsMet, directReasons, totalPoints, techStaffPoints));
        return new TechSmeEvaluationResult(basicConditionsMet, techStaffPoints, rdPoints, rdBasis, ipPoints,
                totalPoints, directlyQualified, qualified, reasons, advisor.advise(input, rdPoints));
    }

    static int techStaffPoints(long techStaff, long employees) {
        return points(TECH_STAFF_SHARE.bandOf(techStaff, employees));
    }

    static int rdPoints(BigDecimal rdExpense, BigDecimal revenue, BigDecimal totalCosts) {
        return Math.max(points(RD_TO_REVENUE.bandOf(rdExpense, revenue)), points(RD_TO_COSTS.bandOf(rdExpense, totalCosts)));
    }

    static int ipPoints(int class1Ip, int class2Ip) {
        return class1Ip >= 1 ? CLASS1_IP_POINTS : points(CLASS2_IP_COUNT.bandOf(class2Ip, 1));
    }

    private static List<Reason> verdictReasons(boolean basicConditionsMet, List<Reason> directReasons,
                                               int totalPoints, int techStaffPoints) {
        if (!basicConditionsMet) {
            return List.of(Reason.of("evaluation.techSme.verdict.basicConditionsNotMet"));
        }
        if (!directReasons.isEmpty()) {
            return directReasons;
        }
        List<Reason> reasons = new ArrayList<>();
        if (totalPoints < QUALIFYING_TOTAL) {
            reasons.add(Reason.of("evaluation.techSme.verdict.scoreBelowThreshold", totalPoints, QUALIFYING_TOTAL));
        }
        if (techStaffPoints == 0) {
            reasons.add(Reason.of("evaluation.techSme.verdict.techStaffPointsZero"));
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of("evaluation.techSme.verdict.qualifiedByScore", totalPoints, QUALIFYING_TOTAL));
        }
        return reasons;
    }
}
