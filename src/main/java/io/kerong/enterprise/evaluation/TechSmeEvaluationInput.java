package io.kerong.enterprise.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a tech-SME evaluation (科技型中小企业评价) needs to know about an enterprise's last fiscal year.
 * Amounts in yuan.
 *
 * @param employees               职工总数
 * @param techStaff               科技人员数 (full-time, part-time and temporary staff in R&D)
 * @param revenue                 销售收入
 * @param totalCosts              成本费用支出总额 (R&D expense is part of it)
 * @param totalAssets             资产总额
 * @param rdExpense               研发费用总额
 * @param class1Ip                Ⅰ类知识产权 (invention patents, plant varieties, new drugs, IC layouts, ...)
 * @param class2Ip                Ⅱ类知识产权 (utility models, designs, software copyrights)
 * @param highTechCertificate     holds a valid 高新技术企业 certificate
 * @param nationalAwardTop3       national S&T award in the last 5 years, ranked in the top three
 * @param provincialRdInstitution has a provincial-or-ministerial-level R&D institution
 * @param ledStandard             led an international, national or industry standard in the last 5 years
 * @param seriousViolation        serious accident or misconduct, or on the abnormal-operation or dishonesty list
 */
public record TechSmeEvaluationInput(
        int employees, int techStaff,
        BigDecimal revenue, BigDecimal totalCosts, BigDecimal totalAssets, BigDecimal rdExpense,
        int class1Ip, int class2Ip,
        boolean highTechCertificate, boolean nationalAwardTop3, boolean provincialRdInstitution, boolean ledStandard,
        boolean seriousViolation) {

    public TechSmeEvaluationInput {
        requireNonNegative(employees, "employees");
        requireNonNegative(techStaff, "techStaff");
        requireNonNegative(class1Ip, "class1Ip");
        requireNonNegative(class2Ip, "class2Ip");
        if (techStaff > employees) {
            throw new IllegalArgumentException("techStaff must not exceed employees");
        }
        requireNonNegative(revenue, "revenue");
        requireNonNegative(totalCosts, "totalCosts");
        requireNonNegative(totalAssets, "totalAssets");
        requireNonNegative(rdExpense, "rdExpense");
    }

    private static void requireNonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }

    private static void requireNonNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
