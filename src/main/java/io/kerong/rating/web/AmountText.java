package io.kerong.rating.web;

import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An amount in yuan as typed or sent ("1200000", "1,200,000.00"). Text that is not a number is passed on as no
 * amount; when the service then refuses the input, the refusal names the field as "not a number" instead of missing.
 */
record AmountText(String field, String text) {

    BigDecimal value() {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean notANumber() {
        return text != null && !text.isBlank() && value() == null;
    }

    /** The service's refusal, with this field's problem said precisely. */
    InvalidInputException explain(InvalidInputException e) {
        if (!notANumber()) {
            return e;
        }
        List<Violation> violations = new ArrayList<>(e.violations().stream()
                .filter(v -> !field.equals(v.field())).toList());
        violations.add(Violation.of(field, "ratingpush.amount.notNumber", text.strip()));
        return new InvalidInputException(violations);
    }
}
