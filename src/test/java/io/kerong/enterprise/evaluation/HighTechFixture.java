package io.kerong.enterprise.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data for the high-tech pre-check. The default enterprise passes every condition:
 * registered 2020-05-18, assessed 2025-06-30, 100 employees of whom 20 tech staff, and three years of
 * 30,000,000 revenue with 6 % R&D spent in China and 80 % high-tech product revenue.
 */
final class HighTechFixture {

    private LocalDate registrationDate = LocalDate.of(2020, 5, 18);
    private LocalDate assessmentDate = LocalDate.of(2025, 6, 30);
    private int employees = 100;
    private int techStaff = 20;
    private final List<FiscalYearFigures> years = new ArrayList<>();

    static HighTechFixture qualifyingEnterprise() {
        HighTechFixture fixture = new HighTechFixture();
        for (int year = 2022; year <= 2024; year++) {
            fixture.year(year, "30000000", "1800000", null, "10000000", "24000000");
        }
        return fixture;
    }

    /** The same enterprise with the given years only. */
    static HighTechFixture enterpriseWithoutYears() {
        return new HighTechFixture();
    }

    HighTechFixture registeredOn(LocalDate registrationDate, LocalDate assessmentDate) {
        this.registrationDate = registrationDate;
        this.assessmentDate = assessmentDate;
        return this;
    }

    HighTechFixture staff(int employees, int techStaff) {
        this.employees = employees;
        this.techStaff = techStaff;
        return this;
    }

    HighTechFixture year(int fiscalYear, String revenue, String rdExpense, String rdExpenseInChina, String netAssets,
                         String highTechProductRevenue) {
        years.add(new FiscalYearFigures(fiscalYear, new BigDecimal(revenue), new BigDecimal(rdExpense),
                rdExpenseInChina == null ? null : new BigDecimal(rdExpenseInChina), new BigDecimal(netAssets),
                new BigDecimal(highTechProductRevenue)));
        return this;
    }

    /** A year whose figures matter only for growth: revenue and net assets, R&D a flat 6 %. */
    HighTechFixture growthYear(int fiscalYear, String revenue, String netAssets) {
        BigDecimal rd = new BigDecimal(revenue).multiply(new BigDecimal("0.06"));
        return year(fiscalYear, revenue, rd.toPlainString(), null, netAssets, revenue);
    }

    HighTechPrecheckInput build() {
        return new HighTechPrecheckInput(registrationDate, assessmentDate, employees, techStaff, years);
    }

    HighTechPrecheckResult precheck() {
        return new HighTechPrecheck().precheck(build());
    }

    HighTechCheck check(String rule) {
        return precheck().checks().stream().filter(check -> check.rule().equals(rule)).findFirst().orElseThrow();
    }
}
