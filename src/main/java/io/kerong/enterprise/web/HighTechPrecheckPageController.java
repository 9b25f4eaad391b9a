package io.kerong.enterprise.web;

import io.kerong.enterprise.EnterpriseDetails;
import io.kerong.enterprise.EnterpriseProfile;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.YearlyFigures;
import io.kerong.enterprise.evaluation.FiscalYearFigures;
import io.kerong.enterprise.evaluation.HighTechPrecheck;
import io.kerong.enterprise.evaluation.HighTechPrecheckInput;
import io.kerong.enterprise.evaluation.HighTechPrecheckResult;
import io.kerong.enterprise.evaluation.Reason;
import io.kerong.identity.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The 高新技术企业 quantitative pre-check on the enterprise's own profile: founding date, staff and the latest run of up
 * to three consecutive fiscal years with complete figures. What is missing from the profile is said, not guessed.
 */
@Controller
@PreAuthorize("hasRole('ENTERPRISE')")
class HighTechPrecheckPageController {

    private final EnterpriseRegistry registry;
    private final HighTechPrecheck precheck;
    private final Clock clock;
    private final MessageSource messages;

    HighTechPrecheckPageController(EnterpriseRegistry registry, HighTechPrecheck precheck, Clock clock,
                                   MessageSource messages) {
        this.registry = registry;
        this.precheck = precheck;
        this.clock = clock;
        this.messages = messages;
    }

    /** A check or growth indicator as shown: its rule, whether it passed, the reason in the user's language. */
    record Line(String rule, boolean passed, String text, String points) {
    }

    @GetMapping("/enterprise/high-tech-precheck")
    String show(Actor actor, Model model, Locale locale) {
        EnterpriseDetails mine = registry.mine(actor);
        EnterpriseProfile profile = mine.enterprise().profile();
        List<FiscalYearFigures> years = latestCompleteYears(mine.figures());
        List<String> missing = new ArrayList<>();
        if (profile.foundedOn() == null) {
            missing.add("enterprise.highTech.missing.foundedOn");
        }
        if (profile.employees() == null || profile.techStaff() == null) {
            missing.add("enterprise.highTech.missing.staff");
        }
        if (years.isEmpty()) {
            missing.add("enterprise.highTech.missing.figures");
        }
        model.addAttribute("e", mine.enterprise());
        model.addAttribute("missing", missing);
        if (missing.isEmpty()) {
            HighTechPrecheckResult result = precheck.precheck(new HighTechPrecheckInput(profile.foundedOn(),
                    LocalDate.now(clock), profile.employees(), profile.techStaff(), years));
            model.addAttribute("result", result);
            model.addAttribute("years", years);
            model.addAttribute("checks", result.checks().stream()
                    .map(c -> new Line(c.rule(), c.passed(), text(c.reason(), locale), null)).toList());
            model.addAttribute("growth", java.util.stream.Stream.of(result.netAssetGrowth(), result.revenueGrowth())
                    .map(g -> new Line(null, g.maxPoints() > 0, text(g.reason(), locale),
                            g.minPoints() == g.maxPoints() ? "" + g.minPoints() : g.minPoints() + "–" + g.maxPoints()))
                    .toList());
        }
        return "enterprise/high-tech-precheck";
    }

    private String text(Reason reason, Locale locale) {
        return messages.getMessage(reason.key(), reason.argumentArray(), reason.key(), locale);
    }

    /** The newest run of consecutive fiscal years (at most three) whose figures the pre-check needs are all filled. */
    static List<FiscalYearFigures> latestCompleteYears(List<YearlyFigures> figures) {
        List<YearlyFigures> newestFirst = figures.stream().filter(HighTechPrecheckPageController::complete)
                .sorted(Comparator.comparingInt(YearlyFigures::fiscalYear).reversed()).toList();
        List<FiscalYearFigures> run = new ArrayList<>();
        for (YearlyFigures year : newestFirst) {
            if (run.size() == HighTechPrecheckInput.MAX_YEARS
                    || (!run.isEmpty() && run.getFirst().fiscalYear() != year.fiscalYear() + 1)) {
                break;
            }
            run.addFirst(new FiscalYearFigures(year.fiscalYear(), year.revenue(), year.rdExpense(), year.rdExpense(),
                    year.netAssets(), year.highTechRevenue()));
        }
        return run;
    }

    private static boolean complete(YearlyFigures y) {
        return y.revenue() != null && y.rdExpense() != null && y.netAssets() != null && y.highTechRevenue() != null;
    }
}
