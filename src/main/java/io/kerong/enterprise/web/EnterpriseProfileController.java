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

/** The enterprise's own profile (企业档案): view and edit every section but the support list. */
@Controller
@RequestMapping("/enterprise/profile")
@PreAuthorize("hasRole('ENTERPRISE')")
class EnterpriseProfileController {

    private static final String BASE = "/enterprise/profile";

    private final EnterpriseRegistry registry;
    private final SectionEditing editing;
    private final DetailPage page;

    EnterpriseProfileController(EnterpriseRegistry registry, SectionEditing editing, DetailPage page) {
        this.registry = registry;
        this.editing = editing;
        this.page = page;
    }

    @GetMapping
    String show(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        EnterpriseDetails mine = registry.mine(actor);
        page.editYear(model, mine, year);
        return page.show(model, mine, BASE, false, Map.of());
    }

    @PostMapping("/basic")
    String saveProfile(Actor actor, @ModelAttribute("profileForm") ProfileForm form, Model model, Locale locale) {
        EnterpriseDetails mine = registry.mine(actor);
        return outcome(actor, model, "basic", editing.profile(actor, mine.enterprise().id(),
                mine.enterprise().uscc(), form, locale));
    }

    @PostMapping("/figures")
    String saveFigures(Actor actor, @ModelAttribute("figuresForm") FiguresForm form, Model model, Locale locale) {
        return outcome(actor, model, "figures", editing.figures(actor, myId(actor), form, locale));
    }

    @PostMapping("/ip")
    String saveIp(Actor actor, @ModelAttribute("ipForm") IpForm form, Model model, Locale locale) {
        return outcome(actor, model, "ip", editing.ip(actor, myId(actor), form, locale));
    }

    @PostMapping("/qualifications")
    String addQualification(Actor actor, @ModelAttribute("qualificationForm") QualificationForm form, Model model,
                            Locale locale) {
        return outcome(actor, model, "qualifications", editing.qualification(actor, myId(actor), form, locale));
    }

    @PostMapping("/qualifications/{qualificationId}/delete")
    String removeQualification(Actor actor, @PathVariable long qualificationId) {
        registry.removeQualification(actor, myId(actor), qualificationId);
        return "redirect:" + BASE + "#sec-qualifications";
    }

    private long myId(Actor actor) {
        return registry.mine(actor).enterprise().id();
    }

    private String outcome(Actor actor, Model model, String section, Map<String, String> errors) {
        if (errors.isEmpty()) {
            return "redirect:" + BASE + "#sec-" + section;
        }
        return page.show(model, registry.mine(actor), BASE, false, errors);
    }
}
