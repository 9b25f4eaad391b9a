package io.kerong.enterprise.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One fiscal year's figures for the high-tech enterprise pre-check (高企认定 年度财务数据), in yuan.
 *
 * @param fiscalYear             the fiscal year, e.g. 2024
 * @param revenue                销售收入 (total revenue)
 * @param rdExpense              研发费用总额
 * @param rdExpenseInChina       在中国境内发生的研发费用; {@code null} means all R&D was spent in China
 * @param netAssets              净资产 (may be negative)
 * @param highTechProductRevenue 高新技术产品（服务）收入
 */
public record FiscalYearFigures(int fiscalYear, BigDecimal revenue, BigDecimal rdExpense, BigDecimal rdExpenseInChina,
                                BigDecimal netAssets, BigDecimal highTechProductRevenue) {

    public FiscalYearFigures {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(rdExpense, "rdExpense");
        Objects.requireNonNull(netAssets, "netAssets");
        Objects.requireNonNull(highTechProductRevenue, "highTechProductRevenue");
        if (rdExpenseInChina == null) {
            rdExpenseInChina = rdExpense;
        }
        if (revenue.signum() < 0 || rdExpense.signum() < 0 || rdExpenseInChina.signum() < 0
                || highTechProductRevenue.signum() < 0) {
            throw new IllegalArgumentException("revenue and expenses must not be negative");
        }
    }
}
