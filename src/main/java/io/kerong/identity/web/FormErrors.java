package io.kerong.identity.web;

import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import io.kerong.shared.web.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts rejected input on a page: one message per field, shown beside it, plus the list for a summary alert. */
@Component
class FormErrors {

    private final Problems problems;

    FormErrors(Problems problems) {
        this.problems = problems;
    }

    void none(Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("errorMessages", List.of());
    }

    void show(Model model, InvalidInputException e, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Violation v : e.violations()) {
            byField.putIfAbsent(v.field(), problems.message(v, locale));
        }
        model.addAttribute("errors", byField);
        model.addAttribute("errorMessages", e.violations().stream().map(v -> problems.message(v, locale)).toList());
    }
}
