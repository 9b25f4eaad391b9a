package io.kerong.rating.web;

import io.kerong.rating.internal.RatingAudience;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.Actor;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.Grade;
import io.kerong.rating.RatingRunInProgressException;
import io.kerong.rating.internal.results.LatestRatingList;
import io.kerong.shared.AdministrativeDivisions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's rating results (评价结果): every enterprise's latest grade, the runs, one enterprise's rating. */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class OperatorRatingController {

    static final int PAGE_SIZE = 50;
    private static final int RUNS = 10;

    private final EnterpriseRatings ratings;
    private final LatestRatingList list;
    private final EnterpriseRegistry registry;
    private final EnterpriseRatingPage page;
    private final AdministrativeDivisions divisions;
    private final Clock clock;

    OperatorRatingController(EnterpriseRatings ratings, LatestRatingList list, EnterpriseRegistry registry, EnterpriseRatingPage page,
                             AdministrativeDivisions divisions, Clock clock) {
        this.ratings = ratings;
        this.list = list;
        this.registry = registry;
        this.page = page;
        this.divisions = divisions;
        this.clock = clock;
    }

    @GetMapping("/operator/rating/ratings")
    String list(@RequestParam(required = false) Grade grade, @RequestParam(required = false) String province,
                @RequestParam(required = false) String city, @RequestParam(defaultValue = "0") int offset,
                Model model) {
        String region = blank(city) ? blank(province) ? null : province : city;
        model.addAttribute("page", list.find(grade, prefix(region), Math.max(0, offset), PAGE_SIZE));
        model.addAttribute("counts", ratings.gradeCounts());
        model.addAttribute("runs", ratings.runs(RUNS));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("grade", grade);
        model.addAttribute("province", province);
        model.addAttribute("city", city);
        model.addAttribute("provinces", divisions.provinces());
        model.addAttribute("cities", blank(province) ? List.of() : divisions.childrenOf(province));
        model.addAttribute("zone", clock.getZone());
        return "rating/ratings";
    }

    @PostMapping("/operator/rating/runs")
    String startRun(Actor actor, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("started", ratings.startRun(actor, LocalDate.now(clock)).id());
        } catch (RatingRunInProgressException e) {
            redirect.addFlashAttribute("inProgress", e.runningId());
        }
        return "redirect:/operator/rating/ratings";
    }

    @GetMapping("/operator/rating/ratings/{enterpriseId}")
    String enterprise(Actor actor, @PathVariable long enterpriseId, Locale locale, Model model) {
        String name = registry.details(actor, enterpriseId).enterprise().name();
        return page.show(enterpriseId, name, RatingAudience.Basis.OPERATOR, locale, model);
    }

    @PostMapping("/operator/rating/ratings/{enterpriseId}/rate")
    String rate(Actor actor, @PathVariable long enterpriseId) {
        ratings.rate(actor, enterpriseId);
        return "redirect:/operator/rating/ratings/" + enterpriseId + "?rated";
    }

    /** A division code as a prefix: 510000 → 51, 510100 → 5101, 510107 stays. */
    static String prefix(String code) {
        if (code == null) {
            return null;
        }
        String prefix = code.strip();
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
