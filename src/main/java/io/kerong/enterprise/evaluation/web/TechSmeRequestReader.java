package io.kerong.enterprise.evaluation.web;

import io.kerong.enterprise.evaluation.TechSmeEvaluationInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Validates a tech-SME calculator request field by field and builds the evaluation input. */
final class TechSmeRequestReader {

    TechSmeEvaluationInput read(JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonFields fields = new JsonFields(body, "", problems);
        Integer employees = fields.count("employees");
        Integer techStaff = fields.count("techStaff");
        BigDecimal revenue = fields.amount("revenue");
        BigDecimal totalCosts = fields.amount("totalCosts");
        BigDecimal totalAssets = fields.amount("totalAssets");
        BigDecimal rdExpense = fields.amount("rdExpense");
        Integer class1Ip = fields.count("class1Ip");
        Integer class2Ip = fields.count("class2Ip");
        boolean highTechCertificate = fields.flag("highTechCertificate");
        boolean nationalAwardTop3 = fields.flag("nationalAwardTop3");
        boolean provincialRdInstitution = fields.flag("provincialRdInstitution");
        boolean ledStandard = fields.flag("ledStandard");
        boolean seriousViolation = fields.flag("seriousViolation");
        if (employees != null && techStaff != null && techStaff > employees) {
            fields.reject("techStaff", "evaluation.error.techStaffExceedsEmployees", techStaff, employees);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new TechSmeEvaluationInput(employees, techStaff, revenue, totalCosts, totalAssets, rdExpense,
                class1Ip, class2Ip, highTechCertificate, nationalAwardTop3, provincialRdInstitution, ledStandard,
                seriousViolation);
    }
}
