package io.kerong.enterprise;

import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.NumberKind;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One fiscal year's figures (年度财务与经营数据), in yuan with scale 2. Amounts are never negative except the net
 * profit; an amount not reported is null. Total costs are the 成本费用总额 the R&D ratio of the Tech-SME evaluation uses.
 */
public record YearlyFigures(int fiscalYear, BigDecimal revenue, BigDecimal totalCosts, BigDecimal rdExpense,
                            BigDecimal totalAssets, BigDecimal totalLiabilities, BigDecimal netProfit,
                            BigDecimal taxPaid, BigDecimal highTechRevenue) {

    public YearlyFigures {
        revenue = yuan(revenue);
        totalCosts = yuan(totalCosts);
        rdExpense = yuan(rdExpense);
        totalAssets = yuan(totalAssets);
        totalLiabilities = yuan(totalLiabilities);
        netProfit = yuan(netProfit);
        taxPaid = yuan(taxPaid);
        highTechRevenue = yuan(highTechRevenue);
    }

    /** Net assets (净资产) = total assets − total liabilities, or null when either is unknown. */
    public BigDecimal netAssets() {
        return totalAssets == null || totalLiabilities == null ? null : totalAssets.subtract(totalLiabilities);
    }

    /**
     * Rounded to the fen; an amount beyond any real one is kept as sent, for the registry's rules to refuse once the
     * caller's access is checked (rounding {@code 1E+10000000} would cost seconds first).
     */
    private static BigDecimal yuan(BigDecimal amount) {
        if (amount == null || !BoundedDecimal.check("amount", amount, NumberKind.DECIMAL).ok()) {
            return amount;
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
