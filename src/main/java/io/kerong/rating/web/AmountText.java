package io.kerong.rating.web;

import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.BoundedDecimal.Refusal;
import io.kerong.shared.NumberKind;
import io.kerong.shared.NumberWords;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An amount in yuan as typed or sent ("1200000", "1,200,000.00"), read by the platform's one number reader
 * ({@link BoundedDecimal}, so a megabyte of digits costs nothing). Text that is not an amount is passed on as no
 * amount; when the service then refuses the input, the refusal names the field with the precise reason instead of
 * "missing".
 */
record AmountText(String field, String text) {

    private static final NumberWords WORDS = NumberWords.of("ratingpush.amount.notNumber", Refusal.NOT_A_NUMBER)
            .and("ratingpush.amount.scale", Refusal.FRACTION_DIGITS);

    BigDecimal value() {
        BoundedDecimal.Reading reading = reading();
        return reading == null || !reading.ok() ? null : reading.value();
    }

    boolean notANumber() {
        BoundedDecimal.Reading reading = reading();
        return reading != null && !reading.ok();
    }

    /** The service's refusal, with this field's problem said precisely. */
    InvalidInputException explain(InvalidInputException e) {
        BoundedDecimal.Reading reading = reading();
        if (reading == null || reading.ok()) {
            return e;
        }
        List<Violation> violations = new ArrayList<>(e.violations().stream()
                .filter(v -> !field.equals(v.field())).toList());
        violations.add(WORDS.violation(reading, text.strip()));
        return new InvalidInputException(violations);
    }

    private BoundedDecimal.Reading reading() {
        return text == null || text.isBlank() ? null : BoundedDecimal.parse(field, text, NumberKind.AMOUNT);
    }
}
