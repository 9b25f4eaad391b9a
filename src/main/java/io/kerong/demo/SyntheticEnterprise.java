package io.kerong.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One generated tech SME (合成企业): the registry columns, three fiscal years of figures (oldest first) and IP counts.
 * {@code highTechField} and the keys of {@code ipHoldings} use the enterprise schema's codes
 * ({@code ELECTRONIC_INFORMATION}, {@code INVENTION_PATENT}, ...).
 */
public record SyntheticEnterprise(String uscc, String name, String legalRepresentative, LocalDate foundedOn,
                                  String divisionCode, String industrySection, String highTechField, int employees,
                                  int techStaff, String contactName, String contactPhone, String contactEmail,
                                  List<Figures> figures, Map<String, Integer> ipHoldings) {

    public SyntheticEnterprise {
        figures = List.copyOf(figures);
        ipHoldings = Map.copyOf(ipHoldings);
    }

    /** The latest fiscal year's figures. */
    public Figures latestFigures() {
        return figures.getLast();
    }

    /** One fiscal year (年度数据), amounts in yuan with scale 2. */
    public record Figures(int fiscalYear, BigDecimal revenue, BigDecimal totalCosts, BigDecimal rdExpense,
                          BigDecimal totalAssets, BigDecimal totalLiabilities, BigDecimal netProfit,
                          BigDecimal taxPaid, BigDecimal highTechRevenue) {
    }
}
