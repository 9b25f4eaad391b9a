package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.CreditIntents;
import io.kerong.rating.PushFunnel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operator's push funnel (推送漏斗): the figures in tables, drawn with ECharts from {@code /api/v1/rating/funnel},
 * and every credit intent.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class FunnelPageController {

    private final PushFunnel funnel;
    private final CreditIntents intents;

    FunnelPageController(PushFunnel funnel, CreditIntents intents) {
        this.funnel = funnel;
        this.intents = intents;
    }

    @GetMapping("/operator/rating/funnel")
    String page(Actor actor, Model model) {
        model.addAttribute("figures", funnel.figures(actor));
        model.addAttribute("intents", intents.list(actor));
        return "rating/push-funnel";
    }
}
