package io.kerong.identity.web;

import io.kerong.identity.Actor;
import io.kerong.identity.internal.LoginThrottles;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.web.PageErrors;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 登录限制 page of the operator: the user names being slowed down and the addresses refused, each with "lift". */
@Controller
@RequestMapping("/operator/login-throttles")
@PreAuthorize("hasRole('OPERATOR')")
class LoginThrottleController {

    private static final String PAGE = "identity/login-throttles";

    private final LoginThrottles throttles;
    private final PageErrors errors;

    LoginThrottleController(LoginThrottles throttles, PageErrors errors) {
        this.throttles = throttles;
        this.errors = errors;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        errors.none(model);
        model.addAttribute("throttles", throttles.list(actor));
        return PAGE;
    }

    @PostMapping("/users/{userId}/lift")
    String liftName(Actor actor, @PathVariable long userId) {
        throttles.liftName(actor, userId);
        return "redirect:/operator/login-throttles";
    }

    @PostMapping("/addresses/lift")
    String liftAddress(Actor actor, @RequestParam(required = false) String address, Model model, Locale locale) {
        try {
            throttles.liftAddress(actor, address);
            return "redirect:/operator/login-throttles";
        } catch (InvalidInputException e) {
            errors.show(model, e, locale);
            model.addAttribute("throttles", throttles.list(actor));
            return PAGE;
        }
    }
}
