package io.kerong.enterprise.evaluation.web;

import io.kerong.enterprise.evaluation.TechSmeEvaluationResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;

@Schema(description = "科技型中小企业评价结果 (tech-SME evaluation result)")
record TechSmeEvaluationResponse(
        boolean basicConditionsMet,
        @Schema(description = "科技人员指标得分 (0–20)") int techStaffPoints,
        @Schema(description = "研发投入指标得分 (0–50)") int rdPoints,
        @Schema(description = "REVENUE or COSTS: the ratio that gave the R&D points") String rdBasis,
        @Schema(description = "科技成果指标得分 (0–30)") int ipPoints,
        int totalPoints,
        boolean directlyQualified,
        boolean qualified,
        @Schema(description = "Reasons for the verdict, in the request locale") List<String> reasons,
        @Schema(description = "Smallest change lifting each indicator to its next band") List<String> advice) {

    static TechSmeEvaluationResponse of(TechSmeEvaluationResult result, Messages messages, Locale locale) {
        return new TechSmeEvaluationResponse(result.basicConditionsMet(), result.techStaffPoints(), result.rdPoints(),
                result.rdBasis().name(), result.ipPoints(), result.totalPoints(), result.directlyQualified(),
                result.qualified(),
                result.reasons().stream().map(r -> messages.render(r.key(), r.arguments(), locale)).toList(),
                result.advice().stream().map(a -> messages.render(a.key(), a.arguments(), locale)).toList());
    }
}
