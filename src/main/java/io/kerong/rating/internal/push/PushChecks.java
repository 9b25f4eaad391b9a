package io.kerong.rating.internal.push;

import io.kerong.rating.EndorsementDecision;
import io.kerong.rating.PushApplicationForm;
import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.NumberKind;
import io.kerong.shared.NumberWords;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Input rules of the financing push; every problem is reported at once, naming the field and the reason. */
final class PushChecks {

    static final int PROJECT_MAX = 1000;
    static final int PURPOSE_MAX = 200;
    static final int NOTE_MAX = 500;
    static final int REASON_MAX = 500;
    /** 100亿 yuan: above any tech SME's financing need, and well inside the column's range. */
    static final BigDecimal AMOUNT_MAX = new BigDecimal("10000000000.00");
    private static final NumberWords AMOUNT_WORDS = NumberWords
            .of("ratingpush.amount.tooLarge", BoundedDecimal.Refusal.INTEGER_DIGITS)
            .and("ratingpush.amount.scale", BoundedDecimal.Refusal.FRACTION_DIGITS);

    private PushChecks() {
    }

    /** The form's own fields; whether the community exists and the enterprise may apply is checked by the caller. */
    static List<Violation> application(PushApplicationForm form) {
        List<Violation> violations = new ArrayList<>();
        if (form.communityId() == null) {
            violations.add(Violation.of("communityId", "ratingpush.required"));
        }
        text(violations, "project", form.project(), PROJECT_MAX, true);
        amount(violations, "amount", form.amount());
        text(violations, "purpose", form.purpose(), PURPOSE_MAX, true);
        if (!form.consent()) {
            violations.add(Violation.of("consent", "ratingpush.consent.required"));
        }
        return violations;
    }

    static void review(EndorsementDecision decision, String reason) {
        List<Violation> violations = new ArrayList<>();
        if (decision == null) {
            violations.add(Violation.of("decision", "ratingpush.required"));
        }
        text(violations, "reason", reason, REASON_MAX, decision == EndorsementDecision.REJECTED);
        if (decision == EndorsementDecision.REJECTED && blank(reason)) {
            violations.removeIf(v -> v.field().equals("reason"));
            violations.add(Violation.of("reason", "ratingpush.review.reasonRequired"));
        }
        failIfAny(violations);
    }

    static void intent(BigDecimal amount, String note) {
        List<Violation> violations = new ArrayList<>();
        amount(violations, "amount", amount);
        text(violations, "note", note, NOTE_MAX, false);
        failIfAny(violations);
    }

    /** Yuan with two decimals: 1200000 → 1200000.00; more decimals are refused, not rounded. */
    static BigDecimal yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    static String clean(String text) {
        return blank(text) ? null : text.strip();
    }

    static void failIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void amount(List<Violation> violations, String field, BigDecimal amount) {
        BoundedDecimal.Reading reading = amount == null ? null : BoundedDecimal.check(field, amount, NumberKind.AMOUNT);
        if (amount == null) {
            violations.add(Violation.of(field, "ratingpush.required"));
        } else if (amount.signum() <= 0) {
            violations.add(Violation.of(field, "ratingpush.amount.notPositive"));
        } else if (!reading.ok()) {
            violations.add(AMOUNT_WORDS.violation(reading, AMOUNT_MAX.toPlainString()));
        } else if (amount.compareTo(AMOUNT_MAX) > 0) {
            violations.add(Violation.of(field, "ratingpush.amount.tooLarge", AMOUNT_MAX.toPlainString()));
        }
    }

    private static void text(List<Violation> violations, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                violations.add(Violation.of(field, "ratingpush.required"));
            }
        } else if (value.strip().length() > max) {
            violations.add(Violation.of(field, "ratingpush.tooLong", max));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
