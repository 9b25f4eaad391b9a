package io.kerong.enterprise.evaluation;

import io.kerong.shared.Rule;
import io.kerong.shared.Rules;
import io.kerong.shared.Verdict;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * The quantitative conditions of high-tech enterprise recognition (高新技术企业认定条件, 国科发火〔2016〕32号 第十一条),
 * each a named {@link Rule} that passes or fails with a reason: a passed condition says by how much, too.
 */
final class HighTechRules {

    static final long MIN_DAYS_REGISTERED = 365;
    static final BigDecimal MIN_TECH_STAFF_SHARE = new BigDecimal("0.10");
    static final BigDecimal MIN_RD_IN_CHINA_SHARE = new BigDecimal("0.60");
    static final BigDecimal MIN_HIGH_TECH_REVENUE_SHARE = new BigDecimal("0.60");

    /** Required R&D / revenue by the latest year's revenue: ≤ 5000万 5 %, 5000万–2亿 4 %, above 2亿 3 %. */
    static final BandTable<BigDecimal> REQUIRED_RD_SHARE = BandTable.of(
            Band.above("200000000", new BigDecimal("0.03")),
            Band.above("50000000", new BigDecimal("0.04")),
            Band.atLeast("0", new BigDecimal("0.05")));

    static final Rules<HighTechPrecheckInput> ALL = Rules.of(
            Rule.of("registeredAtLeastOneYear", HighTechRules::registeredAtLeastOneYear),
            Rule.of("techStaffShare", HighTechRules::techStaffShare),
            Rule.of("rdExpenseShare", HighTechRules::rdExpenseShare),
            Rule.of("rdExpenseInChinaShare", HighTechRules::rdExpenseInChinaShare),
            Rule.of("highTechProductRevenueShare", HighTechRules::highTechProductRevenueShare));

    private HighTechRules() {
    }

    /** 注册成立一年以上 means at least 365 calendar days from registration to the assessment date. */
    static Verdict registeredAtLeastOneYear(HighTechPrecheckInput in) {
        long days = ChronoUnit.DAYS.between(in.registrationDate(), in.assessmentDate());
        return check("registeredAtLeastOneYear", days >= MIN_DAYS_REGISTERED, days, MIN_DAYS_REGISTERED);
    }

    static Verdict techStaffShare(HighTechPrecheckInput in) {
        String name = "techStaffShare";
        if (in.employees() == 0) {
            return failed(name, "noEmployees");
        }
        BigDecimal staff = BigDecimal.valueOf(in.techStaff());
        BigDecimal employees = BigDecimal.valueOf(in.employees());
        boolean passed = staff.compareTo(MIN_TECH_STAFF_SHARE.multiply(employees)) >= 0;
        return check(name, passed, Percent.of(staff, employees), Percent.of(MIN_TECH_STAFF_SHARE));
    }

    static Verdict rdExpenseShare(HighTechPrecheckInput in) {
        String name = "rdExpenseShare";
        BigDecimal revenue = sum(in, FiscalYearFigures::revenue);
        if (revenue.signum() == 0) {
            return failed(name, "noRevenue");
        }
        BigDecimal required = REQUIRED_RD_SHARE.bandOf(in.latestYear().revenue(), BigDecimal.ONE).orElseThrow().grade();
        BigDecimal rd = sum(in, FiscalYearFigures::rdExpense);
        boolean passed = rd.compareTo(required.multiply(revenue)) >= 0;
        return check(name, passed, Percent.of(rd, revenue), Percent.of(required), in.years().size());
    }

    static Verdict rdExpenseInChinaShare(HighTechPrecheckInput in) {
        String name = "rdExpenseInChinaShare";
        BigDecimal rd = sum(in, FiscalYearFigures::rdExpense);
        if (rd.signum() == 0) {
            return failed(name, "noRdExpense");
        }
        BigDecimal inChina = sum(in, FiscalYearFigures::rdExpenseInChina);
        boolean passed = inChina.compareTo(MIN_RD_IN_CHINA_SHARE.multiply(rd)) >= 0;
        return check(name, passed, Percent.of(inChina, rd), Percent.of(MIN_RD_IN_CHINA_SHARE));
    }

    static Verdict highTechProductRevenueShare(HighTechPrecheckInput in) {
        String name = "highTechProductRevenueShare";
        FiscalYearFigures latest = in.latestYear();
        if (latest.revenue().signum() == 0) {
            return failed(name, "noRevenue");
        }
        BigDecimal highTech = latest.highTechProductRevenue();
        boolean passed = highTech.compareTo(MIN_HIGH_TECH_REVENUE_SHARE.multiply(latest.revenue())) >= 0;
        return check(name, passed, Percent.of(highTech, latest.revenue()), Percent.of(MIN_HIGH_TECH_REVENUE_SHARE));
    }

    private static BigDecimal sum(HighTechPrecheckInput in, Function<FiscalYearFigures, BigDecimal> figure) {
        return in.years().stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Verdict check(String name, boolean passed, Object... arguments) {
        String key = "evaluation.highTech.check." + name;
        return passed ? Verdict.satisfied(key + ".passed", arguments) : Verdict.refused(key + ".failed", arguments);
    }

    private static Verdict failed(String name, String why) {
        return Verdict.refused("evaluation.highTech.check." + name + "." + why);
    }
}
