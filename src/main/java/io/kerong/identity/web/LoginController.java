package io.kerong.identity.web;

import io.kerong.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public landing page, the log-in page, and the hand-off to each role's home page. */
@Controller
class LoginController {

    @GetMapping("/")
    String landing() {
        return "landing";
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/home")
    String home(Actor actor) {
        return "redirect:/home/" + actor.organizationType().name().toLowerCase().replace('_', '-');
    }
}
