package io.kerong.enterprise.web;

import io.kerong.enterprise.EnterpriseProfile;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.IpHoldings;
import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.SupportListAction;
import io.kerong.enterprise.YearlyFigures;
import io.kerong.identity.Actor;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import io.kerong.shared.web.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The edits both the enterprise's profile page and the operator's detail page offer. Each returns the messages to show
 * next to the fields, keyed {@code section.field}; an empty map means the change was saved.
 */
@Component
class SectionEditing {

    private final EnterpriseRegistry registry;
    private final Problems problems;

    SectionEditing(EnterpriseRegistry registry, Problems problems) {
        this.registry = registry;
        this.problems = problems;
    }

    Map<String, String> profile(Actor actor, long id, String uscc, ProfileForm form, Locale locale) {
        FormInput in = new FormInput();
        EnterpriseProfile profile = form.read(in);
        return attempt("profile", in, () -> registry.check(uscc, profile), locale,
                () -> registry.updateProfile(actor, id, profile));
    }

    Map<String, String> figures(Actor actor, long id, FiguresForm form, Locale locale) {
        FormInput in = new FormInput();
        YearlyFigures figures = form.read(in);
        return attempt("figures", in, () -> registry.check(figures), locale,
                () -> registry.saveFigures(actor, id, figures));
    }

    Map<String, String> ip(Actor actor, long id, IpForm form, Locale locale) {
        FormInput in = new FormInput();
        IpHoldings holdings = form.read(in);
        return attempt("ip", in, List::of, locale, () -> registry.replaceIpHoldings(actor, id, holdings));
    }

    Map<String, String> qualification(Actor actor, long id, QualificationForm form, Locale locale) {
        FormInput in = new FormInput();
        Qualification qualification = form.read(in);
        return attempt("qualification", in, () -> registry.check(qualification), locale,
                () -> registry.addQualification(actor, id, qualification));
    }

    Map<String, String> supportList(Actor actor, long id, SupportListForm form, Locale locale) {
        FormInput in = new FormInput();
        SupportListAction action = in.choice(SupportListAction.class, "action", form.getAction());
        return attempt("support", in, List::of, locale,
                () -> registry.decideSupportList(actor, id, action, form.getReason()));
    }

    /**
     * Saves only when every field could be read; otherwise reports the unreadable fields together with what the
     * registry's rules say about the readable ones, so the user sees all problems at once.
     */
    private Map<String, String> attempt(String section, FormInput in, Supplier<List<Violation>> ruleCheck,
                                        Locale locale, Supplier<?> save) {
        List<Violation> violations = new ArrayList<>(in.violations());
        if (violations.isEmpty()) {
            try {
                save.get();
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        } else {
            Set<String> unreadable = violations.stream().map(Violation::field).collect(Collectors.toSet());
            ruleCheck.get().stream().filter(v -> !unreadable.contains(v.field())).forEach(violations::add);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(v -> errors.merge(section + "." + v.field(), problems.message(v, locale),
                (a, b) -> a + " " + b));
        return errors;
    }
}
