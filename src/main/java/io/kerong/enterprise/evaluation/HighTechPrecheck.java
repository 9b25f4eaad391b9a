package io.kerong.enterprise.evaluation;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The quantitative pre-check for high-tech enterprise recognition (高新技术企业认定 定量预检, 国科发火〔2016〕32号):
 * runs every named condition and computes the net-asset and revenue growth indicators.
 * Stateless; usable as a bean or with {@code new}.
 */
@Component
public class HighTechPrecheck {

    public HighTechPrecheckResult precheck(HighTechPrecheckInput input) {
        List<HighTechCheck> checks = HighTechRules.ALL.verdicts(input).stream().map(HighTechCheck::of).toList();
        boolean allPassed = checks.stream().allMatch(HighTechCheck::passed);
        return new HighTechPrecheckResult(checks, allPassed,
                GrowthRate.of(input.years(), FiscalYearFigures::netAssets),
                GrowthRate.of(input.years(), FiscalYearFigures::revenue));
    }
}
