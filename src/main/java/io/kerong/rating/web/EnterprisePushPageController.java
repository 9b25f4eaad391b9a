package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.CreditIntents;
import io.kerong.rating.FinancingApplications;
import io.kerong.rating.PushApplication;
import io.kerong.rating.PushApplicationForm;
import io.kerong.rating.PushApplicationStatus;
import io.kerong.rating.RatingModels;
import io.kerong.shared.ConflictException;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.web.PageErrors;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's financing push page (增信推送): apply and consent, follow the application and the push, see the
 * banks' credit intents addressed to it, withdraw.
 */
@Controller
@RequestMapping("/enterprise/financing-push")
@PreAuthorize("hasRole('ENTERPRISE')")
class EnterprisePushPageController {

    private static final String PAGE = "/enterprise/financing-push";

    private final FinancingApplications applications;
    private final CreditIntents intents;
    private final RatingModels models;
    private final PageErrors errors;

    EnterprisePushPageController(FinancingApplications applications, CreditIntents intents, RatingModels models,
                                 PageErrors errors) {
        this.applications = applications;
        this.intents = intents;
        this.models = models;
        this.errors = errors;
    }

    /** The application form as typed; every field is text so that a wrong amount comes back with its message. */
    record ApplicationInput(String communityId, String project, String amount, String purpose, Boolean consent) {

        static ApplicationInput empty() {
            return new ApplicationInput(null, null, null, null, false);
        }

        public boolean consented() {
            return Boolean.TRUE.equals(consent);
        }

        Long community() {
            try {
                return communityId == null || communityId.isBlank() ? null : Long.valueOf(communityId.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    @GetMapping
    String page(Actor actor, Model model) {
        errors.none(model);
        return show(actor, model, ApplicationInput.empty());
    }

    @PostMapping
    String apply(Actor actor, @ModelAttribute ApplicationInput input, Model model, Locale locale,
                 RedirectAttributes redirect) {
        AmountText amount = new AmountText("amount", input.amount());
        try {
            applications.apply(actor, new PushApplicationForm(null, input.community(), input.project(),
                    amount.value(), input.purpose(), input.consented()));
        } catch (ConflictException e) {
            // an application opened meanwhile (another tab, a double click): show it, with the reason on top
            redirect.addFlashAttribute("problems", errors.messages(e, locale));
            return "redirect:" + PAGE;
        } catch (InvalidInputException e) {
            errors.show(model, amount.explain(e), locale);
            return show(actor, model, input);
        }
        redirect.addFlashAttribute("notice", "ratingpush.enterprise.applied");
        return "redirect:" + PAGE;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(Actor actor, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            applications.withdraw(actor, id);
            redirect.addFlashAttribute("notice", "ratingpush.enterprise.withdrawn");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", errors.messages(e, locale));
        }
        return "redirect:" + PAGE;
    }

    private String show(Actor actor, Model model, ApplicationInput input) {
        List<PushApplication> mine = applications.list(actor);
        model.addAttribute("applications", mine);
        model.addAttribute("open", mine.stream().filter(a -> a.status() == PushApplicationStatus.SUBMITTED
                || a.status() == PushApplicationStatus.ENDORSED).findFirst().orElse(null));
        model.addAttribute("communities", applications.communities());
        model.addAttribute("intents", intents.list(actor));
        model.addAttribute("ratingModel", models.current());
        model.addAttribute("input", input);
        return "rating/push-enterprise";
    }
}
