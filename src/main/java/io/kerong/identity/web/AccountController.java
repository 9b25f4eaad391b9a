package io.kerong.identity.web;

import io.kerong.identity.Actor;
import io.kerong.identity.internal.OwnPassword;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.web.PageErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 修改密码: any logged-in user changes their own password. */
@Controller
@RequestMapping("/account/password")
class AccountController {

    private final OwnPassword ownPassword;
    private final PageErrors errors;

    AccountController(OwnPassword ownPassword, PageErrors errors) {
        this.ownPassword = ownPassword;
        this.errors = errors;
    }

    @GetMapping
    String form(Model model) {
        errors.none(model);
        return "identity/password";
    }

    @PostMapping
    String change(Actor actor, @RequestParam(required = false) String currentPassword,
                  @RequestParam(required = false) String newPassword,
                  @RequestParam(required = false) String confirmPassword, HttpServletRequest request, Model model,
                  Locale locale) {
        try {
            HttpSession session = request.getSession(false);
            ownPassword.change(actor, currentPassword, newPassword, confirmPassword,
                    session == null ? null : session.getId());
            if (session != null) {
                request.changeSessionId(); // the kept session goes on under a new id, unknown to whoever saw the old
            }
            return "redirect:/account/password?changed";
        } catch (InvalidInputException e) {
            errors.show(model, e, locale);
            return "identity/password";
        }
    }
}
