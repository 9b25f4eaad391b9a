package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.Grade;
import io.kerong.rating.RatingModel;
import io.kerong.rating.internal.comparison.DraftComparison;
import io.kerong.rating.internal.comparison.DraftComparisons;
import io.kerong.rating.internal.editing.ModelPublication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A draft against the published model on the same enterprises (模型对比): how many change grade, the grade transition
 * matrix, the average score change and the enterprises that change grade, page by page; then publishing (发布) after
 * a confirmation that shows the same summary.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class ComparisonPages {

    private final ModelLookup lookup;
    private final DraftComparisons comparisons;
    private final ComparisonView view;
    private final ModelPublication publication;

    ComparisonPages(ModelLookup lookup, DraftComparisons comparisons, ComparisonView view,
                    ModelPublication publication) {
        this.lookup = lookup;
        this.comparisons = comparisons;
        this.view = view;
        this.publication = publication;
    }

    @GetMapping("/operator/rating/models/{version}/comparison")
    String comparison(@PathVariable int version, @RequestParam(defaultValue = "1") int page,
                      @RequestParam(defaultValue = "false") boolean refresh, Model model) {
        RatingModel draft = lookup.draft(version);
        DraftComparison comparison = comparisons.compare(draft, refresh);
        int shown = ComparisonView.clampPage(comparison, page, ComparisonView.PAGE_SIZE);
        summary(model, draft, comparison);
        model.addAttribute("page", shown);
        model.addAttribute("pages", comparison.pages(ComparisonView.PAGE_SIZE));
        model.addAttribute("changes", view.page(comparison, shown, ComparisonView.PAGE_SIZE));
        return "rating/comparison";
    }

    @GetMapping("/operator/rating/models/{version}/publish")
    String confirm(@PathVariable int version, Model model) {
        RatingModel draft = lookup.draft(version);
        summary(model, draft, comparisons.compare(draft, false));
        return "rating/publish";
    }

    @PostMapping("/operator/rating/models/{version}/publish")
    String publish(Actor actor, @PathVariable int version, RedirectAttributes redirect) {
        ModelPublication.Published published = publication.publish(actor, lookup.draft(version).id());
        redirect.addFlashAttribute("publishedVersion", published.model().version());
        redirect.addFlashAttribute("rerating", published.rerating().name());
        redirect.addFlashAttribute("reratingRun", published.runId());
        return "redirect:/operator/rating/models";
    }

    private static void summary(Model model, RatingModel draft, DraftComparison comparison) {
        model.addAttribute("ratingModel", draft);
        model.addAttribute("comparison", comparison);
        model.addAttribute("grades", Grade.values());
    }
}
