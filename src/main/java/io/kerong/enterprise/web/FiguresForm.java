package io.kerong.enterprise.web;

import io.kerong.enterprise.YearlyFigures;

/** One year's figures, as typed. */
public class FiguresForm {

    private String fiscalYear = "";
    private String revenue = "";
    private String totalCosts = "";
    private String rdExpense = "";
    private String totalAssets = "";
    private String totalLiabilities = "";
    private String netProfit = "";
    private String taxPaid = "";
    private String highTechRevenue = "";

    static FiguresForm of(YearlyFigures f) {
        FiguresForm form = new FiguresForm();
        form.fiscalYear = String.valueOf(f.fiscalYear());
        form.revenue = plain(f.revenue());
        form.totalCosts = plain(f.totalCosts());
        form.rdExpense = plain(f.rdExpense());
        form.totalAssets = plain(f.totalAssets());
        form.totalLiabilities = plain(f.totalLiabilities());
        form.netProfit = plain(f.netProfit());
        form.taxPaid = plain(f.taxPaid());
        form.highTechRevenue = plain(f.highTechRevenue());
        return form;
    }

    static FiguresForm forYear(int year) {
        FiguresForm form = new FiguresForm();
        form.fiscalYear = String.valueOf(year);
        return form;
    }

    /** Null when the year itself cannot be read (reported as a violation). */
    YearlyFigures read(FormInput in) {
        Integer year = in.count("fiscalYear", fiscalYear);
        if (year == null && FormInput.blankToNull(fiscalYear) == null) {
            in.violations().add(io.kerong.shared.Violation.of("fiscalYear", "enterprise.figures.year.required"));
        }
        return new YearlyFigures(year == null ? 0 : year, in.amount("revenue", revenue),
                in.amount("totalCosts", totalCosts), in.amount("rdExpense", rdExpense),
                in.amount("totalAssets", totalAssets), in.amount("totalLiabilities", totalLiabilities),
                in.amount("netProfit", netProfit), in.amount("taxPaid", taxPaid),
                in.amount("highTechRevenue", highTechRevenue));
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    public String getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(String fiscalYear) { this.fiscalYear = fiscalYear; }
    public String getRevenue() { return revenue; }
    public void setRevenue(String revenue) { this.revenue = revenue; }
    public String getTotalCosts() { return totalCosts; }
    public void setTotalCosts(String totalCosts) { this.totalCosts = totalCosts; }
    public String getRdExpense() { return rdExpense; }
    public void setRdExpense(String rdExpense) { this.rdExpense = rdExpense; }
    public String getTotalAssets() { return totalAssets; }
    public void setTotalAssets(String totalAssets) { this.totalAssets = totalAssets; }
    public String getTotalLiabilities() { return totalLiabilities; }
    public void setTotalLiabilities(String totalLiabilities) { this.totalLiabilities = totalLiabilities; }
    public String getNetProfit() { return netProfit; }
    public void setNetProfit(String netProfit) { this.netProfit = netProfit; }
    public String getTaxPaid() { return taxPaid; }
    public void setTaxPaid(String taxPaid) { this.taxPaid = taxPaid; }
    public String getHighTechRevenue() { return highTechRevenue; }
    public void setHighTechRevenue(String highTechRevenue) { this.highTechRevenue = highTechRevenue; }
}
