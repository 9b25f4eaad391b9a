package io.kerong.rating.web;

import io.kerong.shared.Violation;
import io.kerong.shared.web.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The messages of rejected input by form field, for the templates: {@code errors.of('grades[0].minScore')} next to
 * its input; the violations no input of the form shows are listed above the form with a label that says what they
 * are about ({@link #unplaced}).
 */
public final class FieldErrors {

    public static final FieldErrors NONE = new FieldErrors(Map.of(), List.of());

    private final Map<String, List<String>> byField;
    private final List<String> unplaced;

    private FieldErrors(Map<String, List<String>> byField, List<String> unplaced) {
        this.byField = byField;
        this.unplaced = unplaced;
    }

    /**
     * Sorts the violations: a field the form shows (after {@code rename}: the validator's name to the form's) gets its
     * messages next to it; the others are labelled and listed apart.
     */
    static FieldErrors of(List<Violation> violations, Problems problems, Locale locale, Collection<String> shown,
                          UnaryOperator<String> rename, Function<String, String> label) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (Violation violation : violations) {
            String field = rename.apply(violation.field());
            String message = problems.message(violation, locale);
            if (field != null && shown.contains(field)) {
                byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
            } else {
                String about = label.apply(violation.field());
                unplaced.add(about == null ? message : about + "：" + message);
            }
        }
        return new FieldErrors(byField, unplaced);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> unplaced() {
        return unplaced;
    }

    public boolean any() {
        return !byField.isEmpty() || !unplaced.isEmpty();
    }

    public int count() {
        return byField.values().stream().mapToInt(List::size).sum() + unplaced.size();
    }
}
