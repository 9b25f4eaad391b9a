package io.kerong.identity.web;

import io.kerong.identity.Actor;
import io.kerong.identity.UserRole;
import io.kerong.identity.internal.NewUser;
import io.kerong.identity.internal.StaffAdministration;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.web.PageErrors;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 用户管理 page: an organization admin lists, adds and manages the users of their own organization. */
@Controller
@RequestMapping("/organization/users")
@PreAuthorize("hasRole('ORG_ADMIN')")
class StaffController {

    private static final String VIEW = "identity/users";
    private static final String BACK = "redirect:/organization/users";

    private final StaffAdministration staff;
    private final PageErrors errors;

    StaffController(StaffAdministration staff, PageErrors errors) {
        this.staff = staff;
        this.errors = errors;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        errors.none(model);
        return page(actor, NewUser.empty(), model);
    }

    @PostMapping
    String add(Actor actor, @ModelAttribute("form") NewUser form, Model model, Locale locale) {
        try {
            staff.add(actor, form);
            return BACK;
        } catch (InvalidInputException e) {
            errors.show(model, e, locale);
            return page(actor, form.withoutPassword(), model);
        }
    }

    @PostMapping("/{id}/enable")
    String enable(Actor actor, @PathVariable long id, Model model, Locale locale) {
        return act(actor, model, locale, () -> staff.setEnabled(actor, id, true));
    }

    @PostMapping("/{id}/disable")
    String disable(Actor actor, @PathVariable long id, Model model, Locale locale) {
        return act(actor, model, locale, () -> staff.setEnabled(actor, id, false));
    }

    @PostMapping("/{id}/roles")
    String roles(Actor actor, @PathVariable long id, @RequestParam(required = false) Set<UserRole> roles,
                 Model model, Locale locale) {
        return act(actor, model, locale, () -> staff.changeRoles(actor, id, roles == null ? Set.of() : roles));
    }

    @PostMapping("/{id}/password")
    String resetPassword(Actor actor, @PathVariable long id, @RequestParam(required = false) String password,
                         Model model, Locale locale) {
        return act(actor, model, locale, () -> staff.resetPassword(actor, id, password));
    }

    private String act(Actor actor, Model model, Locale locale, Runnable action) {
        try {
            action.run();
            return BACK + "?done";
        } catch (InvalidInputException e) {
            errors.show(model, e, locale);
            return page(actor, NewUser.empty(), model);
        }
    }

    private String page(Actor actor, NewUser form, Model model) {
        model.addAttribute("users", staff.list(actor));
        model.addAttribute("form", form);
        model.addAttribute("allRoles", UserRole.values());
        return VIEW;
    }
}
