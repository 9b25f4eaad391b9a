package io.kerong.enterprise.evaluation.web;

import io.kerong.enterprise.evaluation.FiscalYearFigures;
import io.kerong.enterprise.evaluation.HighTechPrecheckInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Validates a high-tech pre-check request field by field (years as {@code years[i].field}) and builds the input. */
final class HighTechRequestReader {

    private static final int MIN_FISCAL_YEAR = 1949;
    private static final int MAX_FISCAL_YEAR = 2200;

    HighTechPrecheckInput read(JsonNode body, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonFields fields = new JsonFields(body, "", problems);
        LocalDate registrationDate = fields.date("registrationDate", true);
        LocalDate assessmentDate = fields.isAbsent("assessmentDate") ? today : fields.date("assessmentDate", false);
        Integer employees = fields.count("employees");
        Integer techStaff = fields.count("techStaff");
        if (employees != null && techStaff != null && techStaff > employees) {
            fields.reject("techStaff", "evaluation.error.techStaffExceedsEmployees", techStaff, employees);
        }
        if (registrationDate != null && assessmentDate != null && assessmentDate.isBefore(registrationDate)) {
            fields.reject("assessmentDate", "evaluation.error.beforeRegistration");
        }
        List<FiscalYearFigures> years = years(fields, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new HighTechPrecheckInput(registrationDate, assessmentDate, employees, techStaff, years);
    }

    private List<FiscalYearFigures> years(JsonFields fields, List<FieldProblem> problems) {
        JsonNode array = fields.raw("years");
        if (fields.isAbsent("years")) {
            fields.reject("years", "evaluation.error.required");
            return List.of();
        }
        if (!array.isArray()) {
            fields.reject("years", "evaluation.error.notAnArray");
            return List.of();
        }
        if (array.isEmpty() || array.size() > HighTechPrecheckInput.MAX_YEARS) {
            fields.reject("years", "evaluation.error.yearsCount", HighTechPrecheckInput.MAX_YEARS);
            return List.of();
        }
        List<FiscalYearFigures> years = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            FiscalYearFigures year = year(array.get(i), "years[" + i + "].", problems);
            if (year != null) {
                years.add(year);
            }
        }
        if (years.size() == array.size() && !consecutive(years)) {
            fields.reject("years", "evaluation.error.yearsNotConsecutive");
        }
        return years;
    }

    private FiscalYearFigures year(JsonNode node, String prefix, List<FieldProblem> problems) {
        if (!node.isObject()) {
            problems.add(new FieldProblem(prefix.substring(0, prefix.length() - 1), "evaluation.error.notAnObject", List.of()));
            return null;
        }
        int before = problems.size();
        JsonFields fields = new JsonFields(node, prefix, problems);
        Integer fiscalYear = fields.count("fiscalYear");
        if (fiscalYear != null && (fiscalYear < MIN_FISCAL_YEAR || fiscalYear > MAX_FISCAL_YEAR)) {
            fields.reject("fiscalYear", "evaluation.error.fiscalYearOutOfRange", MIN_FISCAL_YEAR, MAX_FISCAL_YEAR);
        }
        BigDecimal revenue = fields.amount("revenue");
        BigDecimal rdExpense = fields.amount("rdExpense");
        BigDecimal rdExpenseInChina = fields.optionalAmount("rdExpenseInChina");
        BigDecimal netAssets = fields.signedAmount("netAssets");
        BigDecimal highTechProductRevenue = fields.amount("highTechProductRevenue");
        if (rdExpense != null && rdExpenseInChina != null && rdExpenseInChina.compareTo(rdExpense) > 0) {
            fields.reject("rdExpenseInChina", "evaluation.error.rdInChinaExceedsRd");
        }
        if (revenue != null && highTechProductRevenue != null && highTechProductRevenue.compareTo(revenue) > 0) {
            fields.reject("highTechProductRevenue", "evaluation.error.highTechRevenueExceedsRevenue");
        }
        return problems.size() > before ? null
                : new FiscalYearFigures(fiscalYear, revenue, rdExpense, rdExpenseInChina, netAssets, highTechProductRevenue);
    }

    private static boolean consecutive(List<FiscalYearFigures> years) {
        List<Integer> sorted = years.stream().map(FiscalYearFigures::fiscalYear).sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i) != sorted.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }
}
