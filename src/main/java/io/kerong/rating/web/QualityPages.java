package io.kerong.rating.web;

import io.kerong.rating.internal.quality.ModelQualityReports;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.web.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The model-quality page (模型质量): over the loans granted in a chosen period, the default rate per grade, AUC and KS
 * of the score with their curves; until a lending module reports outcomes, it says there are none yet.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class QualityPages {

    private final ModelQualityReports reports;
    private final Problems problems;
    private final Clock clock;

    QualityPages(ModelQualityReports reports, Problems problems, Clock clock) {
        this.reports = reports;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/operator/rating/quality")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                Locale locale, Model model) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            QualityPeriod period = QualityPeriod.read(from, to, LocalDate.now(clock));
            model.addAttribute("from", period.from().toString());
            model.addAttribute("to", period.to().toString());
            model.addAttribute("report", reports.report(period.from(), period.to()));
            model.addAttribute("errors", FieldErrors.NONE);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FieldErrors.of(e.violations(), problems, locale, Set.of("from", "to"),
                    UnaryOperator.identity(), field -> null));
        }
        return "rating/quality";
    }
}
