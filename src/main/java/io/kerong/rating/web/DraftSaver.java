package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.internal.ModelValidator;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import io.kerong.shared.web.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Saves an edited draft from a page form: the numbers that could not be read and every problem of the whole model
 * are reported together, each next to its field where the form shows it, and then nothing is saved.
 */
@Component
class DraftSaver {

    private final RatingModels models;
    private final Problems problems;
    private final MessageSource messages;
    private final ModelValidator validator = new ModelValidator();

    DraftSaver(RatingModels models, Problems problems, MessageSource messages) {
        this.models = models;
        this.problems = problems;
        this.messages = messages;
    }

    /** The saved draft, or the errors with nothing saved. */
    record Result(RatingModel saved, FieldErrors errors) {

        boolean ok() {
            return saved != null;
        }
    }

    /**
     * @param unreadable the fields whose numbers could not be read (named as the form names them)
     * @param shown      the fields the form shows, as the form names them
     * @param rename     the validator's field name to the form's
     */
    Result save(Actor actor, RatingModel changed, List<Violation> unreadable, Set<String> shown,
                UnaryOperator<String> rename, Locale locale) {
        List<Violation> violations = new ArrayList<>(unreadable);
        for (Violation problem : validator.problems(changed)) {
            if (!explainedBy(rename.apply(problem.field()), unreadable)) {
                violations.add(problem);
            }
        }
        if (violations.isEmpty()) {
            try {
                return new Result(models.saveDraft(actor, changed), FieldErrors.NONE);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        FieldLabels labels = new FieldLabels(changed, messages, locale);
        return new Result(null, FieldErrors.of(violations, problems, locale, shown, rename, labels));
    }

    /** A problem on a field (or on the row holding it) whose number could not be read is that same error again. */
    private static boolean explainedBy(String field, List<Violation> unreadable) {
        return field != null && unreadable.stream().map(Violation::field)
                .anyMatch(bad -> bad.equals(field) || bad.startsWith(field + "."));
    }
}
