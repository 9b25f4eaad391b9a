package io.kerong.enterprise.web;

import io.kerong.enterprise.EnterpriseDetails;
import io.kerong.enterprise.HighTechField;
import io.kerong.enterprise.IndustrySection;
import io.kerong.enterprise.IpClass;
import io.kerong.enterprise.IpKind;
import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.QualificationKind;
import io.kerong.enterprise.QualificationStatus;
import io.kerong.enterprise.SupportListAction;
import io.kerong.enterprise.internal.EnterpriseAudit;
import io.kerong.enterprise.internal.EvaluationRecords;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the enterprise detail page that the enterprise and the operator share. */
@Component
class DetailPage {

    static final String VIEW = "enterprise/detail";

    private final Clock clock;
    private final EnterpriseAudit audit;
    private final EvaluationRecords evaluations;

    DetailPage(Clock clock, EnterpriseAudit audit, EvaluationRecords evaluations) {
        this.clock = clock;
        this.audit = audit;
        this.evaluations = evaluations;
    }

    /**
     * @param base   the page's own path, which the section forms post to
     * @param errors messages by {@code section.field}; the forms the user typed stay in the model when present
     */
    String show(Model model, EnterpriseDetails details, String base, boolean operator, Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock);
        long id = details.enterprise().id();
        model.addAttribute("d", details);
        model.addAttribute("e", details.enterprise());
        model.addAttribute("base", base);
        model.addAttribute("operator", operator);
        model.addAttribute("today", today);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", statuses(details.qualifications(), today));
        model.addAttribute("industries", IndustrySection.values());
        model.addAttribute("fields", HighTechField.values());
        model.addAttribute("ipKinds", IpKind.values());
        model.addAttribute("classOneKinds", Arrays.stream(IpKind.values()).filter(k -> k.ipClass() == IpClass.CLASS_I).toList());
        model.addAttribute("classTwoKinds", Arrays.stream(IpKind.values()).filter(k -> k.ipClass() == IpClass.CLASS_II).toList());
        model.addAttribute("qualificationKinds", QualificationKind.values());
        model.addAttribute("supportActions", SupportListAction.values());
        model.addAttribute("history", audit.history(id, 50));
        model.addAttribute("evaluation", evaluations.latest(id).orElse(null));
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", ProfileForm.of(details.enterprise().profile()));
        }
        if (!model.containsAttribute("figuresForm")) {
            model.addAttribute("figuresForm", FiguresForm.forYear(today.getYear() - 1));
        }
        if (!model.containsAttribute("ipForm")) {
            model.addAttribute("ipForm", IpForm.of(details.ipHoldings()));
        }
        if (!model.containsAttribute("qualificationForm")) {
            model.addAttribute("qualificationForm", new QualificationForm());
        }
        if (!model.containsAttribute("supportListForm")) {
            model.addAttribute("supportListForm", new SupportListForm());
        }
        return VIEW;
    }

    /** Puts the figures of {@code year} into the year form, for editing a row of the figures table. */
    void editYear(Model model, EnterpriseDetails details, Integer year) {
        if (year != null) {
            details.figures().stream().filter(f -> f.fiscalYear() == year).findFirst()
                    .ifPresent(f -> model.addAttribute("figuresForm", FiguresForm.of(f)));
        }
    }

    private static Map<Long, QualificationStatus> statuses(List<Qualification> qualifications, LocalDate today) {
        Map<Long, QualificationStatus> statuses = new LinkedHashMap<>();
        qualifications.forEach(q -> statuses.put(q.id(), q.statusOn(today)));
        return statuses;
    }
}
