package io.kerong.enterprise.evaluation.web;

import io.kerong.enterprise.evaluation.GrowthIndicator;
import io.kerong.enterprise.evaluation.HighTechCheck;
import io.kerong.enterprise.evaluation.HighTechPrecheckResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

@Schema(description = "高新技术企业定量预检结果 (high-tech enterprise quantitative pre-check)")
record HighTechPrecheckResponse(List<Check> checks, boolean allChecksPassed, Growth netAssetGrowth, Growth revenueGrowth) {

    record Check(String rule, boolean passed, String reason) {
    }

    record Growth(
            @Schema(description = "Growth rate, 4 decimals (0.3000 = 30 %); null when not computable") BigDecimal rate,
            @Schema(description = "Band A–F; null when not computable") String band,
            int minPoints, int maxPoints, String reason) {
    }

    static HighTechPrecheckResponse of(HighTechPrecheckResult result, Messages messages, Locale locale) {
        List<Check> checks = result.checks().stream().map(check -> check(check, messages, locale)).toList();
        return new HighTechPrecheckResponse(checks, result.allChecksPassed(),
                growth(result.netAssetGrowth(), messages, locale), growth(result.revenueGrowth(), messages, locale));
    }

    private static Check check(HighTechCheck check, Messages messages, Locale locale) {
        return new Check(check.rule(), check.passed(),
                messages.render(check.reason().key(), check.reason().arguments(), locale));
    }

    private static Growth growth(GrowthIndicator growth, Messages messages, Locale locale) {
        return new Growth(growth.rate(), growth.band() == null ? null : growth.band().name(),
                growth.minPoints(), growth.maxPoints(),
                messages.render(growth.reason().key(), growth.reason().arguments(), locale));
    }
}
