package io.kerong.rating.web;

import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The period of loan grants the model quality is measured over: {@code from} and {@code to} as ISO dates, both
 * included; by default the last three years up to today.
 */
record QualityPeriod(LocalDate from, LocalDate to) {

    static final int DEFAULT_YEARS = 3;

    /** Reads the parameters; every problem (unreadable date, from after to) is named, each under its field. */
    static QualityPeriod read(String from, String to, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        LocalDate end = date("to", to, today, violations);
        LocalDate start = date("from", from, (end == null ? today : end).minusYears(DEFAULT_YEARS).plusDays(1),
                violations);
        if (start != null && end != null && start.isAfter(end)) {
            violations.add(Violation.of("from", "ratingmodel.quality.fromAfterTo", start, end));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new QualityPeriod(start, end);
    }

    private static LocalDate date(String field, String text, LocalDate fallback, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "ratingmodel.quality.date", new Object[] {text}, null, text));
            return null;
        }
    }
}
