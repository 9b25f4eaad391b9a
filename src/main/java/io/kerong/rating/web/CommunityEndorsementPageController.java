package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.FinancingApplications;
import io.kerong.rating.PushApplication;
import io.kerong.rating.PushApplicationStatus;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.web.PageErrors;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The industry community's review page (认定申请): applications addressed to it, endorse or reject with a reason. */
@Controller
@RequestMapping("/community/endorsements")
@PreAuthorize("hasRole('INDUSTRY_COMMUNITY')")
class CommunityEndorsementPageController {

    private static final String PAGE = "/community/endorsements";

    private final FinancingApplications applications;
    private final PageErrors errors;

    CommunityEndorsementPageController(FinancingApplications applications, PageErrors errors) {
        this.applications = applications;
        this.errors = errors;
    }

    @GetMapping
    String page(Actor actor, Model model) {
        return show(actor, model, null, List.of(), null);
    }

    @PostMapping("/{id}/review")
    String review(Actor actor, @PathVariable long id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, Model model, Locale locale,
                  RedirectAttributes redirect) {
        try {
            PushApplication decided = applications.review(actor, id, PushApplicationApi.decision(decision), reason);
            redirect.addFlashAttribute("notice", decided.status() == PushApplicationStatus.ENDORSED
                    ? "ratingpush.community.endorsed" : "ratingpush.community.rejected");
            return "redirect:" + PAGE;
        } catch (InvalidInputException e) {
            return show(actor, model, id, errors.messages(e, locale), reason);
        }
    }

    /** The page, with the refused review's messages and typed reason beside its application. */
    private String show(Actor actor, Model model, Long failedId, List<String> messages, String reason) {
        List<PushApplication> addressed = applications.list(actor);
        model.addAttribute("pending", addressed.stream()
                .filter(a -> a.status() == PushApplicationStatus.SUBMITTED).toList());
        model.addAttribute("decided", addressed.stream()
                .filter(a -> a.status() != PushApplicationStatus.SUBMITTED).toList());
        Map<PushApplicationStatus, Long> counts = new EnumMap<>(PushApplicationStatus.class);
        for (PushApplicationStatus status : PushApplicationStatus.values()) {
            counts.put(status, addressed.stream().filter(a -> a.status() == status).count());
        }
        model.addAttribute("counts", counts);
        model.addAttribute("statuses", PushApplicationStatus.values());
        model.addAttribute("failedId", failedId);
        model.addAttribute("rowErrors", messages);
        model.addAttribute("typedReason", reason);
        return "rating/push-community";
    }
}
