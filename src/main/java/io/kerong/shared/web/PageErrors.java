package io.kerong.shared.web;

import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts refused input on a page: one message per field, shown beside it, and all of them for a summary alert. */
@Component
public class PageErrors {

    private final Problems problems;

    public PageErrors(Problems problems) {
        this.problems = problems;
    }

    public void none(Model model) {
        model.addAttribute("fieldErrors", Map.of());
        model.addAttribute("errorMessages", List.of());
    }

    public void show(Model model, InvalidInputException e, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Violation v : e.violations()) {
            byField.putIfAbsent(v.field(), problems.message(v, locale));
        }
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("errorMessages", messages(e, locale));
    }

    public List<String> messages(InvalidInputException e, Locale locale) {
        return e.violations().stream().map(v -> problems.message(v, locale)).toList();
    }
}
