package io.kerong.enterprise.evaluation;

import java.math.BigDecimal;

/**
 * Test data for the tech-SME evaluation. The default enterprise qualifies comfortably:
 * 100 employees, 30 tech staff (20), R&D 6 % of revenue (50), one invention patent (30).
 */
final class TechSmeFixture {

    private int employees = 100;
    private int techStaff = 30;
    private BigDecimal revenue = new BigDecimal("10000000.00");
    private BigDecimal totalCosts = new BigDecimal("9000000.00");
    private BigDecimal totalAssets = new BigDecimal("20000000.00");
    private BigDecimal rdExpense = new BigDecimal("600000.00");
    private int class1Ip = 1;
    private int class2Ip = 0;
    private boolean highTechCertificate;
    private boolean nationalAwardTop3;
    private boolean provincialRdInstitution;
    private boolean ledStandard;
    private boolean seriousViolation;

    static TechSmeFixture qualifyingEnterprise() {
        return new TechSmeFixture();
    }

    /** Nothing scores: no tech staff, no R&D, no IP. */
    static TechSmeFixture enterpriseScoringNothing() {
        return new TechSmeFixture().staff(100, 0).rd("0").ip(0, 0);
    }

    TechSmeFixture staff(int employees, int techStaff) {
        this.employees = employees;
        this.techStaff = techStaff;
        return this;
    }

    TechSmeFixture revenue(String revenue) {
        this.revenue = new BigDecimal(revenue);
        return this;
    }

    TechSmeFixture totalCosts(String totalCosts) {
        this.totalCosts = new BigDecimal(totalCosts);
        return this;
    }

    TechSmeFixture totalAssets(String totalAssets) {
        this.totalAssets = new BigDecimal(totalAssets);
        return this;
    }

    TechSmeFixture rd(String rdExpense) {
        this.rdExpense = new BigDecimal(rdExpense);
        return this;
    }

    /** R&D on one basis only: the other ratio is made negligible. */
    TechSmeFixture rdOnRevenue(String rdExpense, String revenue) {
        return rd(rdExpense).revenue(revenue).totalCosts("100000000000");
    }

    TechSmeFixture rdOnCosts(String rdExpense, String totalCosts) {
        return rd(rdExpense).totalCosts(totalCosts).revenue("0");
    }

    TechSmeFixture ip(int class1Ip, int class2Ip) {
        this.class1Ip = class1Ip;
        this.class2Ip = class2Ip;
        return this;
    }

    TechSmeFixture highTechCertificate() {
        this.highTechCertificate = true;
        return this;
    }

    TechSmeFixture nationalAwardTop3() {
        this.nationalAwardTop3 = true;
        return this;
    }

    TechSmeFixture provincialRdInstitution() {
        this.provincialRdInstitution = true;
        return this;
    }

    TechSmeFixture ledStandard() {
        this.ledStandard = true;
        return this;
    }

    TechSmeFixture seriousViolation() {
        this.seriousViolation = true;
        return this;
    }

    TechSmeEvaluationInput build() {
        return new TechSmeEvaluationInput(employees, techStaff, revenue, totalCosts, totalAssets, rdExpense,
                class1Ip, class2Ip, highTechCertificate, nationalAwardTop3, provincialRdInstitution, ledStandard,
                seriousViolation);
    }

    TechSmeEvaluationResult evaluate() {
        return new TechSmeEvaluation().evaluate(build());
    }
}
