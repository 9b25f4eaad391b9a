package io.kerong.enterprise.web;

import io.kerong.enterprise.EnterpriseDetails;
import io.kerong.enterprise.QualificationKind;
import io.kerong.enterprise.YearlyFigures;
import io.kerong.enterprise.evaluation.TechSmeEvaluationInput;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The self-evaluation inputs, prefilled from the profile and adjustable by the enterprise. */
public class EvaluationForm {

    private String fiscalYear = "";
    private String employees = "";
    private String techStaff = "";
    private String revenue = "";
    private String totalCosts = "";
    private String totalAssets = "";
    private String rdExpense = "";
    private String class1Ip = "";
    private String class2Ip = "";
    private boolean highTechCertificate;
    private boolean nationalAwardTop3;
    private boolean provincialRdInstitution;
    private boolean ledStandard;
    private boolean seriousViolation;

    /** Latest year's figures, staff, IP class counts and whether a 高企 certificate is valid today. */
    static EvaluationForm prefilled(EnterpriseDetails d, LocalDate today) {
        EvaluationForm f = new EvaluationForm();
        f.employees = FormInput.text(d.enterprise().profile().employees());
        f.techStaff = FormInput.text(d.enterprise().profile().techStaff());
        f.class1Ip = String.valueOf(d.ipHoldings().classOne());
        f.class2Ip = String.valueOf(d.ipHoldings().classTwo());
        f.highTechCertificate = d.qualifications().stream()
                .anyMatch(q -> q.kind() == QualificationKind.HIGH_TECH_ENTERPRISE && q.validOn(today));
        f.fiscalYear = String.valueOf(today.getYear() - 1);
        if (!d.figures().isEmpty()) {
            YearlyFigures y = d.figures().getFirst();
            f.fiscalYear = String.valueOf(y.fiscalYear());
            f.revenue = plain(y.revenue());
            f.totalCosts = plain(y.totalCosts());
            f.totalAssets = plain(y.totalAssets());
            f.rdExpense = plain(y.rdExpense());
        }
        return f;
    }

    /** The engine's input, or null when something is missing or wrong (each reported in {@code in}). */
    TechSmeEvaluationInput read(FormInput in) {
        Integer e = required(in, "employees", in.count("employees", employees), employees);
        Integer t = required(in, "techStaff", in.count("techStaff", techStaff), techStaff);
        BigDecimal r = required(in, "revenue", in.amount("revenue", revenue), revenue);
        BigDecimal c = required(in, "totalCosts", in.amount("totalCosts", totalCosts), totalCosts);
        BigDecimal a = required(in, "totalAssets", in.amount("totalAssets", totalAssets), totalAssets);
        BigDecimal rd = required(in, "rdExpense", in.amount("rdExpense", rdExpense), rdExpense);
        Integer i1 = required(in, "class1Ip", in.count("class1Ip", class1Ip), class1Ip);
        Integer i2 = required(in, "class2Ip", in.count("class2Ip", class2Ip), class2Ip);
        required(in, "fiscalYear", in.count("fiscalYear", fiscalYear), fiscalYear);
        nonNegative(in, "employees", e);
        nonNegative(in, "techStaff", t);
        nonNegative(in, "class1Ip", i1);
        nonNegative(in, "class2Ip", i2);
        for (var amount : new Object[][] {{"revenue", r}, {"totalCosts", c}, {"totalAssets", a}, {"rdExpense", rd}}) {
            if (amount[1] != null && ((BigDecimal) amount[1]).signum() < 0) {
                in.violations().add(Violation.of((String) amount[0], "enterprise.figures.negative"));
            }
        }
        if (e != null && t != null && t > e) {
            in.violations().add(Violation.of("techStaff", "enterprise.techStaff.exceedsEmployees", t, e));
        }
        if (!in.violations().isEmpty()) {
            return null;
        }
        return new TechSmeEvaluationInput(e, t, r, c, a, rd, i1, i2, highTechCertificate, nationalAwardTop3,
                provincialRdInstitution, ledStandard, seriousViolation);
    }

    int year() {
        return Integer.parseInt(fiscalYear.strip());
    }

    private static <T> T required(FormInput in, String field, T value, String raw) {
        if (value == null && FormInput.blankToNull(raw) == null) {
            in.violations().add(Violation.of(field, "enterprise.evaluation.required"));
        }
        return value;
    }

    private static void nonNegative(FormInput in, String field, Integer value) {
        if (value != null && value < 0) {
            in.violations().add(Violation.of(field, "enterprise.count.negative"));
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    public String getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(String v) { this.fiscalYear = v; }
    public String getEmployees() { return employees; }
    public void setEmployees(String v) { this.employees = v; }
    public String getTechStaff() { return techStaff; }
    public void setTechStaff(String v) { this.techStaff = v; }
    public String getRevenue() { return revenue; }
    public void setRevenue(String v) { this.revenue = v; }
    public String getTotalCosts() { return totalCosts; }
    public void setTotalCosts(String v) { this.totalCosts = v; }
    public String getTotalAssets() { return totalAssets; }
    public void setTotalAssets(String v) { this.totalAssets = v; }
    public String getRdExpense() { return rdExpense; }
    public void setRdExpense(String v) { this.rdExpense = v; }
    public String getClass1Ip() { return class1Ip; }
    public void setClass1Ip(String v) { this.class1Ip = v; }
    public String getClass2Ip() { return class2Ip; }
    public void setClass2Ip(String v) { this.class2Ip = v; }
    public boolean isHighTechCertificate() { return highTechCertificate; }
    public void setHighTechCertificate(boolean v) { this.highTechCertificate = v; }
    public boolean isNationalAwardTop3() { return nationalAwardTop3; }
    public void setNationalAwardTop3(boolean v) { this.nationalAwardTop3 = v; }
    public boolean isProvincialRdInstitution() { return provincialRdInstitution; }
    public void setProvincialRdInstitution(boolean v) { this.provincialRdInstitution = v; }
    public boolean isLedStandard() { return ledStandard; }
    public void setLedStandard(boolean v) { this.ledStandard = v; }
    public boolean isSeriousViolation() { return seriousViolation; }
    public void setSeriousViolation(boolean v) { this.seriousViolation = v; }
}
