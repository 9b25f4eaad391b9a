package io.kerong.rating.web;

import io.kerong.rating.internal.RatingAudience;
import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.Actor;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.Scorer;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.web.Problems;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The enterprise's own rating (我的等级) and its what-if calculator (试算). */
@Controller
@PreAuthorize("hasRole('ENTERPRISE')")
class EnterpriseRatingController {

    private final RatingVisibility visibility;
    private final EnterpriseRegistry registry;
    private final EnterpriseRatingPage page;
    private final EnterpriseRatings ratings;
    private final RatingModels models;
    private final Scorer scorer;
    private final RatingTexts texts;
    private final Problems problems;

    EnterpriseRatingController(RatingVisibility visibility, EnterpriseRegistry registry, EnterpriseRatingPage page, EnterpriseRatings ratings,
                               RatingModels models, Scorer scorer, RatingTexts texts, Problems problems) {
        this.visibility = visibility;
        this.registry = registry;
        this.page = page;
        this.ratings = ratings;
        this.models = models;
        this.scorer = scorer;
        this.texts = texts;
        this.problems = problems;
    }

    @GetMapping("/enterprise/rating")
    String show(Actor actor, Locale locale, Model model) {
        Enterprise mine = registry.mine(actor).enterprise();
        return page.show(mine.id(), mine.name(), RatingAudience.Basis.OWN, locale, model);
    }

    @PostMapping("/enterprise/rating/rate")
    String rate(Actor actor) {
        ratings.rate(actor, own(actor));
        return "redirect:/enterprise/rating?rated";
    }

    @GetMapping("/enterprise/rating/what-if")
    String whatIf(Actor actor, @RequestParam(defaultValue = "false") boolean all, Locale locale, Model model) {
        RatingModel published = models.current();
        Map<String, IndicatorValue> current = page.currentValues(own(actor));
        model.addAttribute("fields", WhatIfForm.fields(published, current, all));
        model.addAttribute("all", all);
        model.addAttribute("result", RatingScoreController.respond(published, current, scorer, texts, locale));
        model.addAttribute("current", model.getAttribute("result"));
        return "rating/what-if";
    }

    @PostMapping("/enterprise/rating/what-if")
    String recalculate(Actor actor, @RequestParam Map<String, String> form, Locale locale, Model model) {
        RatingModel published = models.current();
        Map<String, IndicatorValue> current = page.currentValues(own(actor));
        model.addAttribute("current", RatingScoreController.respond(published, current, scorer, texts, locale));
        try {
            Map<String, IndicatorValue> changed = WhatIfForm.apply(published, current, form);
            model.addAttribute("result", RatingScoreController.respond(published, changed, scorer, texts, locale));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations().stream().map(v -> problems.message(v, locale)).toList());
        }
        return "rating/what-if :: result";
    }

    private long own(Actor actor) {
        return visibility.ownEnterprise(actor).orElseThrow(() -> new EnterpriseNotFoundException("own"));
    }
}
