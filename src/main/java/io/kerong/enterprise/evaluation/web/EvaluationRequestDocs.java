package io.kerong.enterprise.evaluation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request shapes for the OpenAPI description only; bodies are read field by field to report every bad field. */
final class EvaluationRequestDocs {

    private EvaluationRequestDocs() {
    }

    @Schema(name = "TechSmeEvaluationRequest", description = "Amounts in yuan (≤ 2 decimals), counts as integers; flags default to false")
    record TechSme(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "120") int employees,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "30") int techStaff,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "30000000") BigDecimal revenue,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "25000000") BigDecimal totalCosts,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "40000000") BigDecimal totalAssets,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1500000") BigDecimal rdExpense,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0") int class1Ip,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2") int class2Ip,
            boolean highTechCertificate, boolean nationalAwardTop3, boolean provincialRdInstitution,
            boolean ledStandard, boolean seriousViolation) {
    }

    @Schema(name = "HighTechPrecheckRequest", description = "assessmentDate defaults to today; 1–3 consecutive fiscal years")
    record HighTech(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2020-05-18") LocalDate registrationDate,
            LocalDate assessmentDate,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "80") int employees,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "20") int techStaff,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Year> years) {
    }

    @Schema(name = "HighTechFiscalYear", description = "rdExpenseInChina defaults to rdExpense; netAssets may be negative")
    record Year(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2024") int fiscalYear,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal revenue,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal rdExpense,
            BigDecimal rdExpenseInChina,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal netAssets,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal highTechProductRevenue) {
    }
}
