package io.kerong.enterprise.evaluation;

import java.util.List;

/**
 * The outcome of a tech-SME evaluation (科技型中小企业评价结果): the points per indicator, the verdict,
 * the reasons behind it and what would raise each indicator to its next band.
 *
 * @param rdBasis           the ratio that gave {@code rdPoints}; REVENUE on a tie
 * @param directlyQualified the basic conditions hold and at least one direct qualification applies
 * @param qualified         the basic conditions hold and either a direct qualification applies or the total is
 *                          at least 60 with non-zero tech staff points
 * @param reasons           each failing basic condition, then the verdict
 * @param advice            per indicator below its top band, the smallest change reaching the next band
 */
public record TechSmeEvaluationResult(
        boolean basicConditionsMet,
        int techStaffPoints,
        int rdPoints,
        RdBasis rdBasis,
        int ipPoints,
        int totalPoints,
        boolean directlyQualified,
        boolean qualified,
        List<Reason> reasons,
        List<Advice> advice) {

    public TechSmeEvaluationResult {
        reasons = List.copyOf(reasons);
        advice = List.copyOf(advice);
    }
}
