package io.kerong.enterprise.web;

import io.kerong.enterprise.EnterpriseDetails;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.evaluation.TechSmeEvaluationInput;
import io.kerong.enterprise.internal.EvaluationRecords;
import io.kerong.enterprise.internal.SelfEvaluations;
import io.kerong.identity.Actor;
import io.kerong.shared.web.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The enterprise's Tech-SME self-evaluation: inputs prefilled from its profile, each submission stored. */
@Controller
@RequestMapping("/enterprise/evaluation")
@PreAuthorize("hasRole('ENTERPRISE')")
class EvaluationPageController {

    private final EnterpriseRegistry registry;
    private final SelfEvaluations evaluations;
    private final EvaluationRecords records;
    private final Problems problems;
    private final Clock clock;
    private final MessageSource messages;

    EvaluationPageController(EnterpriseRegistry registry, SelfEvaluations evaluations, EvaluationRecords records,
                             Problems problems, Clock clock, MessageSource messages) {
        this.registry = registry;
        this.evaluations = evaluations;
        this.records = records;
        this.problems = problems;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    String show(Actor actor, Model model) {
        EnterpriseDetails mine = registry.mine(actor);
        model.addAttribute("evaluationForm", EvaluationForm.prefilled(mine, LocalDate.now(clock)));
        return page(model, mine, Map.of());
    }

    @PostMapping
    String submit(Actor actor, @ModelAttribute("evaluationForm") EvaluationForm form, Model model, Locale locale) {
        EnterpriseDetails mine = registry.mine(actor);
        FormInput in = new FormInput();
        TechSmeEvaluationInput input = form.read(in);
        if (input == null) {
            Map<String, String> errors = new LinkedHashMap<>();
            in.violations().forEach(v -> errors.merge(v.field(), problems.message(v, locale), (a, b) -> a + " " + b));
            return page(model, mine, errors);
        }
        SelfEvaluations.Submitted submitted = evaluations.submit(actor, mine.enterprise().id(), form.year(), input);
        model.addAttribute("submitted", submitted);
        model.addAttribute("reasons", submitted.result().reasons().stream()
                .map(r -> messages.getMessage(r.key(), r.argumentArray(), r.key(), locale)).toList());
        model.addAttribute("advice", submitted.result().advice().stream()
                .map(a -> messages.getMessage(a.key(), a.argumentArray(), a.key(), locale)).toList());
        return page(model, mine, Map.of());
    }

    private String page(Model model, EnterpriseDetails mine, Map<String, String> errors) {
        model.addAttribute("e", mine.enterprise());
        model.addAttribute("errors", errors);
        model.addAttribute("recent", records.recent(mine.enterprise().id(), 10));
        return "enterprise/evaluation";
    }
}
