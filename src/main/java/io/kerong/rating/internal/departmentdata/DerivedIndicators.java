package io.kerong.rating.internal.departmentdata;

import io.kerong.enterprise.IpKind;
import io.kerong.enterprise.QualificationKind;
import io.kerong.enterprise.RegistryFacts;
import io.kerong.enterprise.YearlyFigures;
import io.kerong.rating.IndicatorValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Indicators derived from the enterprise registry (企业库衍生指标), computed exactly with decimals (ratios in percent,
 * a terminating quotient stays exact so band edges compare right). Figures come from the last completed fiscal year;
 * head count, IP and qualifications are as the registry holds them on the day asked about. A value that cannot be
 * computed (no revenue, no head count, fewer than two years) is left out, and the model scores it as missing.
 * Growth follows the high-tech rules: ½ × (y2/y1 + y3/y2) − 1 over three years, y2/y1 − 1 over two.
 */
final class DerivedIndicators {

    static final String RD_RATIO = "RD_RATIO";
    static final String TECH_STAFF_SHARE = "TECH_STAFF_SHARE";
    static final String REVENUE_GROWTH = "REVENUE_GROWTH";
    static final String NET_ASSET_GROWTH = "NET_ASSET_GROWTH";
    static final String INVENTION_PATENTS_PER_100 = "INVENTION_PATENTS_PER_100";
    static final String TECH_SME_QUALIFIED = "TECH_SME_QUALIFIED";
    static final String HIGH_TECH_CERTIFIED = "HIGH_TECH_CERTIFIED";
    static final String SPECIALIZED_NEW = "SPECIALIZED_NEW";
    static final String LITTLE_GIANT = "LITTLE_GIANT";
    static final String CLASS1_IP_COUNT = "CLASS1_IP_COUNT";
    static final String CLASS2_IP_COUNT = "CLASS2_IP_COUNT";
    static final String EMPLOYEES = "EMPLOYEES";
    static final String REVENUE = "REVENUE";

    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final boolean revenueInTenThousands;

    /** @param revenueInTenThousands true when the model states REVENUE in 万元 rather than yuan */
    DerivedIndicators(boolean revenueInTenThousands) {
        this.revenueInTenThousands = revenueInTenThousands;
    }

    Map<String, IndicatorValue> of(RegistryFacts facts, LocalDate asOf) {
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        String year = String.valueOf(asOf.getYear());
        List<YearlyFigures> figures = facts.figures();
        if (!figures.isEmpty()) {
            YearlyFigures latest = figures.getLast();
            String fiscal = String.valueOf(latest.fiscalYear());
            put(values, RD_RATIO, fiscal, percent(latest.rdExpense(), latest.revenue()));
            put(values, REVENUE_GROWTH, fiscal, growth(figures, YearlyFigures::revenue));
            put(values, NET_ASSET_GROWTH, fiscal, growth(figures, YearlyFigures::netAssets));
            BigDecimal revenue = latest.revenue();
            put(values, REVENUE, fiscal, revenue == null || !revenueInTenThousands ? revenue
                    : revenue.divide(TEN_THOUSAND, EXACT_ENOUGH));
        }
        Integer employees = facts.employees();
        if (employees != null) {
            put(values, EMPLOYEES, year, BigDecimal.valueOf(employees));
            BigDecimal staff = facts.techStaff() == null ? null : BigDecimal.valueOf(facts.techStaff());
            put(values, TECH_STAFF_SHARE, year, percent(staff, BigDecimal.valueOf(employees)));
            put(values, INVENTION_PATENTS_PER_100, year,
                    percent(BigDecimal.valueOf(facts.ipHoldings().quantity(IpKind.INVENTION_PATENT)),
                            BigDecimal.valueOf(employees)));
        }
        put(values, CLASS1_IP_COUNT, year, BigDecimal.valueOf(facts.ipHoldings().classOne()));
        put(values, CLASS2_IP_COUNT, year, BigDecimal.valueOf(facts.ipHoldings().classTwo()));
        flag(values, TECH_SME_QUALIFIED, year, facts.holds(QualificationKind.TECH_SME));
        flag(values, HIGH_TECH_CERTIFIED, year, facts.holds(QualificationKind.HIGH_TECH_ENTERPRISE));
        flag(values, SPECIALIZED_NEW, year, facts.holds(QualificationKind.SPECIALIZED_NEW));
        flag(values, LITTLE_GIANT, year, facts.holds(QualificationKind.LITTLE_GIANT));
        return values;
    }

    /** part / whole × 100, or null when either is unknown or the whole is not positive. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, EXACT_ENOUGH).stripTrailingZeros();
    }

    /** Growth in percent over the last three (or two) years; null when a base year is unknown or not positive. */
    static BigDecimal growth(List<YearlyFigures> figures, Function<YearlyFigures, BigDecimal> amount) {
        int n = figures.size();
        if (n < 2) {
            return null;
        }
        BigDecimal y3 = amount.apply(figures.get(n - 1));
        BigDecimal y2 = amount.apply(figures.get(n - 2));
        if (y3 == null || y2 == null || y2.signum() <= 0) {
            return null;
        }
        if (n == 2 || figures.get(n - 2).fiscalYear() - figures.get(n - 3).fiscalYear() != 1) {
            return percent(y3.subtract(y2), y2);
        }
        BigDecimal y1 = amount.apply(figures.get(n - 3));
        if (y1 == null || y1.signum() <= 0) {
            return percent(y3.subtract(y2), y2);
        }
        // ½ (y2/y1 + y3/y2) − 1 = (y2·y2 + y3·y1 − 2·y1·y2) / (2·y1·y2): one division keeps it exact where it can be
        BigDecimal numerator = y2.multiply(y2).add(y3.multiply(y1)).subtract(y1.multiply(y2).multiply(BigDecimal.TWO));
        return percent(numerator, y1.multiply(y2).multiply(BigDecimal.TWO));
    }

    private static void put(Map<String, IndicatorValue> values, String code, String period, BigDecimal number) {
        if (number != null) {
            values.put(code, IndicatorValue.number(code, period, number));
        }
    }

    private static void flag(Map<String, IndicatorValue> values, String code, String period, boolean held) {
        values.put(code, IndicatorValue.bool(code, period, held));
    }
}
