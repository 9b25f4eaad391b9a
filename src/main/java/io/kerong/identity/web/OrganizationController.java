package io.kerong.identity.web;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.internal.NewOrganization;
import io.kerong.identity.internal.OrganizationAdministration;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.web.PageErrors;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 机构管理 pages of the operator: the list with review actions, and the form to open an organization. */
@Controller
@RequestMapping("/operator/organizations")
@PreAuthorize("hasRole('OPERATOR')")
class OrganizationController {

    private static final String LIST = "identity/organizations";
    private static final String FORM = "identity/organization-new";

    private final OrganizationAdministration administration;
    private final PageErrors errors;

    OrganizationController(OrganizationAdministration administration, PageErrors errors) {
        this.administration = administration;
        this.errors = errors;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) OrganizationType type,
                @RequestParam(required = false) OrganizationStatus status, Model model) {
        errors.none(model);
        return list(actor, type, status, model, LIST);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", NewOrganization.empty(OrganizationType.BANK));
        model.addAttribute("types", OrganizationType.values());
        errors.none(model);
        return FORM;
    }

    @PostMapping("/new")
    String create(Actor actor, @ModelAttribute("form") NewOrganization form, Model model, Locale locale) {
        try {
            administration.create(actor, form);
            return "redirect:/operator/organizations";
        } catch (InvalidInputException e) {
            model.addAttribute("form", form.withoutPasswords());
            model.addAttribute("types", OrganizationType.values());
            errors.show(model, e, locale);
            return FORM;
        }
    }

    @PostMapping("/{id}/approve")
    String approve(Actor actor, @PathVariable long id, Model model, Locale locale) {
        return act(actor, model, locale, () -> administration.approve(actor, id));
    }

    @PostMapping("/{id}/reject")
    String reject(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason, Model model,
                  Locale locale) {
        return act(actor, model, locale, () -> administration.reject(actor, id, reason));
    }

    @PostMapping("/{id}/suspend")
    String suspend(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason, Model model,
                   Locale locale) {
        return act(actor, model, locale, () -> administration.suspend(actor, id, reason));
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(Actor actor, @PathVariable long id, Model model, Locale locale) {
        return act(actor, model, locale, () -> administration.reactivate(actor, id));
    }

    private String act(Actor actor, Model model, Locale locale, Supplier<?> action) {
        try {
            action.get();
            return "redirect:/operator/organizations";
        } catch (InvalidInputException e) {
            errors.show(model, e, locale);
            return list(actor, null, null, model, LIST);
        }
    }

    private String list(Actor actor, OrganizationType type, OrganizationStatus status, Model model, String view) {
        model.addAttribute("organizations", administration.list(actor, type, status));
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("statuses", OrganizationStatus.values());
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        return view;
    }
}
