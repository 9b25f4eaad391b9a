package io.kerong.rating.internal.departmentdata;

import io.kerong.rating.BinScoring;
import io.kerong.rating.CategoryScoring;
import io.kerong.rating.Indicator;
import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.BoundedDecimal.Refusal;
import io.kerong.shared.NumberKind;
import io.kerong.shared.NumberWords;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a delivered value for its indicator's type, or names what is wrong with it (a message key of the
 * {@code ratingdata} bundle). Ratios are percentages, as the rating models score them: {@code 6.5} or {@code 6.5%}
 * means 6.5 %. A ratio may be negative only when the model's bins reach below zero (growth rates, profit margins), and a
 * growth or change rate (code containing GROWTH or CHANGE) never below −100; a share of a whole (code containing
 * SHARE or COVERAGE) never above 100. Other ratios have no upper limit (an insolvent firm's asset-liability ratio
 * exceeds 100). Counts are whole numbers ≥ 0. Booleans accept
 * true/false, 是/否, 1/0, yes/no, Y/N.
 */
final class ValueReader {

    /** A value as stored: number (also booleans 1/0) or category text; {@code problem} non-null when unreadable. */
    record Read(BigDecimal number, String text, String problem, Object[] args) {
        static Read number(BigDecimal n) {
            return new Read(n, null, null, new Object[0]);
        }

        static Read text(String t) {
            return new Read(null, t, null, new Object[0]);
        }

        static Read problem(String key, Object... args) {
            return new Read(null, null, key, args);
        }

        boolean ok() {
            return problem == null;
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);
    private static final Set<String> TRUE = Set.of("TRUE", "是", "1", "YES", "Y");
    private static final Set<String> FALSE = Set.of("FALSE", "否", "0", "NO", "N");

    private ValueReader() {
    }

    static Read read(Indicator indicator, String raw) {
        if (raw == null || raw.isBlank()) {
            return Read.problem("ratingdata.value.missing");
        }
        String v = raw.strip();
        return switch (indicator.type()) {
            case NUMBER -> number(v);
            case RATIO -> ratio(indicator, v);
            case COUNT -> count(v);
            case BOOLEAN -> bool(v);
            case CATEGORY -> category(indicator, v);
        };
    }

    private static Read number(String v) {
        return decimal(v, NumberKind.DECIMAL, "ratingdata.value.notNumber", Read::number);
    }

    private static Read ratio(Indicator indicator, String v) {
        String percent = v.endsWith("%") ? v.substring(0, v.length() - 1) : v;
        return decimal(percent, NumberKind.DECIMAL, "ratingdata.value.notRatio", n -> ratio(indicator, n));
    }

    private static Read ratio(Indicator indicator, BigDecimal n) {
        String code = indicator.code();
        if (n.signum() < 0 && !negativeScored(indicator)) {
            return Read.problem("ratingdata.value.negativeRatio");
        }
        if ((code.contains("GROWTH") || code.contains("CHANGE")) && n.compareTo(MINUS_HUNDRED) < 0) {
            return Read.problem("ratingdata.value.rateBelowMinus100");
        }
        if ((code.contains("SHARE") || code.contains("COVERAGE")) && n.compareTo(HUNDRED) > 0) {
            return Read.problem("ratingdata.value.shareAbove100");
        }
        return Read.number(n);
    }

    /** True when the model scores negative values: its lowest bin is open below or starts below zero. */
    private static boolean negativeScored(Indicator indicator) {
        if (!(indicator.scoring() instanceof BinScoring bins) || bins.bins().isEmpty()) {
            return true;
        }
        return bins.bins().stream().anyMatch(b -> b.lower() == null || b.lower().signum() < 0);
    }

    private static Read count(String v) {
        return decimal(v, NumberKind.COUNT, "ratingdata.value.notCount", n -> n.signum() < 0
                ? Read.problem("ratingdata.value.negativeCount") : Read.number(n.setScale(0, RoundingMode.UNNECESSARY)));
    }

    private static Read bool(String v) {
        String u = v.toUpperCase(Locale.ROOT);
        if (TRUE.contains(u)) {
            return Read.number(BigDecimal.ONE);
        }
        return FALSE.contains(u) ? Read.number(BigDecimal.ZERO) : Read.problem("ratingdata.value.notBoolean");
    }

    private static Read category(Indicator indicator, String v) {
        if (!(indicator.scoring() instanceof CategoryScoring scoring)) {
            return Read.text(v);
        }
        for (Map.Entry<String, BigDecimal> category : scoring.points().entrySet()) {
            if (category.getKey().equalsIgnoreCase(v)) {
                return Read.text(category.getKey());
            }
        }
        return Read.problem("ratingdata.value.unknownCategory", String.join("/", scoring.points().keySet()));
    }

    /** Through the platform's one number reader: a megabyte of digits or {@code 1e200000} is refused unread. */
    private static Read decimal(String v, NumberKind kind, String notANumberKey, Function<BigDecimal, Read> then) {
        BoundedDecimal.Reading reading = BoundedDecimal.parse("value", v, kind);
        if (reading.ok()) {
            return then.apply(reading.value());
        }
        Violation refused = NumberWords.of(notANumberKey, Refusal.NOT_A_NUMBER, Refusal.NOT_WHOLE).violation(reading);
        return Read.problem(refused.messageKey(), refused.args());
    }
}
