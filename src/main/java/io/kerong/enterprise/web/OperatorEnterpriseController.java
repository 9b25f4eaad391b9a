package io.kerong.enterprise.web;

import io.kerong.enterprise.EnterpriseDetails;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.Actor;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operator's view of one registry record: every section editable, and the support-list decisions. */
@Controller
@RequestMapping("/operator/enterprises/{id}")
@PreAuthorize("hasRole('OPERATOR')")
class OperatorEnterpriseController {

    private final EnterpriseRegistry registry;
    private final SectionEditing editing;
    private final DetailPage page;

    OperatorEnterpriseController(EnterpriseRegistry registry, SectionEditing editing, DetailPage page) {
        this.registry = registry;
        this.editing = editing;
        this.page = page;
    }

    @GetMapping
    String show(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        EnterpriseDetails details = registry.details(actor, id);
        page.editYear(model, details, year);
        return page.show(model, details, base(id), true, Map.of());
    }

    @PostMapping("/basic")
    String saveProfile(Actor actor, @PathVariable long id, @ModelAttribute("profileForm") ProfileForm form,
                       Model model, Locale locale) {
        EnterpriseDetails details = registry.details(actor, id);
        return outcome(actor, id, model, "basic",
                editing.profile(actor, id, details.enterprise().uscc(), form, locale));
    }

    @PostMapping("/figures")
    String saveFigures(Actor actor, @PathVariable long id, @ModelAttribute("figuresForm") FiguresForm form,
                       Model model, Locale locale) {
        return outcome(actor, id, model, "figures", editing.figures(actor, id, form, locale));
    }

    @PostMapping("/ip")
    String saveIp(Actor actor, @PathVariable long id, @ModelAttribute("ipForm") IpForm form, Model model,
                  Locale locale) {
        return outcome(actor, id, model, "ip", editing.ip(actor, id, form, locale));
    }

    @PostMapping("/qualifications")
    String addQualification(Actor actor, @PathVariable long id,
                            @ModelAttribute("qualificationForm") QualificationForm form, Model model, Locale locale) {
        return outcome(actor, id, model, "qualifications", editing.qualification(actor, id, form, locale));
    }

    @PostMapping("/qualifications/{qualificationId}/delete")
    String removeQualification(Actor actor, @PathVariable long id, @PathVariable long qualificationId) {
        registry.removeQualification(actor, id, qualificationId);
        return "redirect:" + base(id) + "#sec-qualifications";
    }

    @PostMapping("/support-list")
    String decideSupportList(Actor actor, @PathVariable long id,
                             @ModelAttribute("supportListForm") SupportListForm form, Model model, Locale locale) {
        return outcome(actor, id, model, "support", editing.supportList(actor, id, form, locale));
    }

    private static String base(long id) {
        return "/operator/enterprises/" + id;
    }

    private String outcome(Actor actor, long id, Model model, String section, Map<String, String> errors) {
        if (errors.isEmpty()) {
            return "redirect:" + base(id) + "#sec-" + section;
        }
        return page.show(model, registry.details(actor, id), base(id), true, errors);
    }
}
