package io.kerong.identity.web;

import io.kerong.identity.Actor;
import io.kerong.identity.internal.CreatedToken;
import io.kerong.identity.internal.TokenAdministration;
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

/**
 * 接口令牌 page. A new token's secret is rendered straight into the response (not redirected through the session),
 * so it is shown exactly once and stored nowhere.
 */
@Controller
@RequestMapping("/organization/tokens")
@PreAuthorize("hasRole('ORG_ADMIN')")
class TokenController {

    private final TokenAdministration tokens;
    private final PageErrors errors;

    TokenController(TokenAdministration tokens, PageErrors errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        errors.none(model);
        return page(actor, model);
    }

    @PostMapping
    String create(Actor actor, @RequestParam(required = false) String name, Model model, Locale locale) {
        errors.none(model);
        try {
            CreatedToken created = tokens.create(actor, name);
            model.addAttribute("created", created);
        } catch (InvalidInputException e) {
            errors.show(model, e, locale);
            model.addAttribute("name", name);
        }
        return page(actor, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(Actor actor, @PathVariable long id) {
        tokens.revoke(actor, id);
        return "redirect:/organization/tokens";
    }

    private String page(Actor actor, Model model) {
        model.addAttribute("tokens", tokens.list(actor));
        return "identity/tokens";
    }
}
