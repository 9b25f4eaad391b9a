package io.kerong.identity.web;

import io.kerong.identity.OrganizationType;
import io.kerong.identity.internal.EnterpriseRegistrations;
import io.kerong.identity.internal.NewOrganization;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.web.PageErrors;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** 企业注册 page: every field is checked at once and each message appears beside its field. */
@Controller
@RequestMapping("/register")
class RegistrationController {

    private final EnterpriseRegistrations registrations;
    private final PageErrors errors;

    RegistrationController(EnterpriseRegistrations registrations, PageErrors errors) {
        this.registrations = registrations;
        this.errors = errors;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", NewOrganization.empty(OrganizationType.ENTERPRISE));
        errors.none(model);
        return "identity/register";
    }

    @PostMapping
    String register(@ModelAttribute("form") NewOrganization form, Model model, Locale locale) {
        try {
            registrations.register(form);
            return "redirect:/login?registered";
        } catch (InvalidInputException e) {
            model.addAttribute("form", form.withoutPasswords());
            errors.show(model, e, locale);
            return "identity/register";
        }
    }
}
