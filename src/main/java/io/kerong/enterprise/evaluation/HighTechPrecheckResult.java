package io.kerong.enterprise.evaluation;

import java.util.List;

/**
 * The outcome of the high-tech enterprise quantitative pre-check (高企定量预检结果): every condition with
 * its reason, and the two growth indicators. IP ownership, R&D management and accident checks are not quantitative
 * and stay with the expert review.
 */
public record HighTechPrecheckResult(List<HighTechCheck> checks, boolean allChecksPassed,
                                     GrowthIndicator netAssetGrowth, GrowthIndicator revenueGrowth) {

    public HighTechPrecheckResult {
        checks = List.copyOf(checks);
    }
}
