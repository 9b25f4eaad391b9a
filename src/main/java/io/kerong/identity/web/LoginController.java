package io.kerong.identity.web;

import io.kerong.identity.Actor;
import io.kerong.identity.internal.LoginThrottles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public landing page, the log-in page, and the hand-off to each role's home page. */
@Controller
class LoginController {

    private final LoginThrottles throttles;

    LoginController(LoginThrottles throttles) {
        this.throttles = throttles;
    }

    @GetMapping("/")
    String landing() {
        return "landing";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("throttleMinutes", throttles.refusalMinutes());
        return "identity/login";
    }

    @GetMapping("/home")
    String home(Actor actor) {
        return "redirect:/home/" + actor.organizationType().name().toLowerCase().replace('_', '-');
    }
}
