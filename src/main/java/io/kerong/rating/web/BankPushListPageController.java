package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.CreditIntent;
import io.kerong.rating.CreditIntents;
import io.kerong.rating.Grade;
import io.kerong.rating.PushList;
import io.kerong.rating.PushListEntry;
import io.kerong.rating.RatingModels;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.web.PageErrors;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The push list page (推送名单): banks see the pushed enterprises and mark, change or withdraw their own credit
 * intents; the operator reads the same list.
 */
@Controller
@RequestMapping("/bank/push-list")
class BankPushListPageController {

    private static final String PAGE = "/bank/push-list";

    private final PushList pushList;
    private final CreditIntents intents;
    private final RatingModels models;
    private final PageErrors errors;

    BankPushListPageController(PushList pushList, CreditIntents intents, RatingModels models, PageErrors errors) {
        this.pushList = pushList;
        this.intents = intents;
        this.models = models;
        this.errors = errors;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('BANK', 'OPERATOR')")
    String page(Actor actor, @RequestParam(required = false) Grade grade, Model model) {
        return show(actor, grade, model, null, List.of(), null, null);
    }

    /** Marks the bank's intent, or changes its standing one. */
    @PostMapping("/{enterpriseId}/intent")
    @PreAuthorize("hasRole('BANK')")
    String mark(Actor actor, @PathVariable long enterpriseId, @RequestParam(required = false) String amount,
                @RequestParam(required = false) String note, Model model, Locale locale,
                RedirectAttributes redirect) {
        AmountText typed = new AmountText("amount", amount);
        try {
            CreditIntent standing = standingOf(actor, enterpriseId);
            if (standing == null) {
                intents.mark(actor, enterpriseId, typed.value(), note);
            } else {
                intents.update(actor, standing.id(), typed.value(), note);
            }
        } catch (InvalidInputException e) {
            return show(actor, null, model, enterpriseId, errors.messages(typed.explain(e), locale), amount, note);
        }
        redirect.addFlashAttribute("notice", "ratingpush.bank.marked");
        return "redirect:" + PAGE + "#enterprise-" + enterpriseId;
    }

    @PostMapping("/intents/{id}/withdraw")
    @PreAuthorize("hasRole('BANK')")
    String withdraw(Actor actor, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            intents.withdraw(actor, id);
            redirect.addFlashAttribute("notice", "ratingpush.bank.withdrawn");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", errors.messages(e, locale));
        }
        return "redirect:" + PAGE;
    }

    private CreditIntent standingOf(Actor actor, long enterpriseId) {
        return intents.list(actor).stream().filter(i -> i.enterpriseId() == enterpriseId && i.standing())
                .findFirst().orElse(null);
    }

    private String show(Actor actor, Grade grade, Model model, Long failedId, List<String> messages,
                        String amount, String note) {
        List<PushListEntry> entries = pushList.current(actor, grade);
        model.addAttribute("entries", entries);
        model.addAttribute("grade", grade);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("ratingModel", models.current());
        model.addAttribute("bank", actor.is(OrganizationType.BANK));
        model.addAttribute("ownIntents", actor.is(OrganizationType.BANK) ? intents.list(actor) : List.of());
        model.addAttribute("failedId", failedId);
        model.addAttribute("rowErrors", messages);
        model.addAttribute("typedAmount", amount);
        model.addAttribute("typedNote", note);
        return "rating/push-bank";
    }
}
