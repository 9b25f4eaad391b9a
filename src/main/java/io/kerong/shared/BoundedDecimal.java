package io.kerong.shared;

import java.math.BigDecimal;

/**
 * The one way user text becomes a number. The text is refused, before {@code new BigDecimal(String)} sees it, when it
 * is longer than {@link #MAX_LENGTH} characters, carries an exponent ({@code 1e1000000}: a short text whose value has a
 * million digits), or has more digits before or after the point than its {@link NumberKind} allows. What passes has at
 * most {@link #MAX_DIGITS} significant digits, so whatever is computed with it afterwards costs nothing. Grouping
 * commas ({@code 1,200,000.00}, also the full-width {@code ，}) are accepted, as people type them.
 */
public final class BoundedDecimal {

    /** Longer than any number a person types: 30 digits with grouping commas, a sign and a point. */
    public static final int MAX_LENGTH = 48;
    public static final int MAX_DIGITS = 30;

    /** Why a text is not a number of its kind. */
    public enum Refusal {
        NOT_A_NUMBER("number.invalid"), TOO_LONG("number.tooLong"), EXPONENT("number.exponent"),
        INTEGER_DIGITS("number.integerDigits"), FRACTION_DIGITS("number.fractionDigits"), NOT_WHOLE("number.notWhole");

        public final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** The value read, or why not, as a violation naming the field. */
    public record Reading(BigDecimal value, Refusal refusal, Violation violation) {

        public boolean ok() {
            return refusal == null;
        }

        /** The value; the violation as an {@link InvalidInputException} when there is none. */
        public BigDecimal orElseThrow() {
            if (!ok()) {
                throw new InvalidInputException(violation);
            }
            return value;
        }
    }

    private BoundedDecimal() {
    }

    /** Reads {@code text} (surrounding blanks ignored) as a number of {@code kind}; blank text is not a number. */
    public static Reading parse(String field, String text, NumberKind kind) {
        if (text == null) {
            return refused(field, Refusal.NOT_A_NUMBER, kind, "");
        }
        if (text.length() > MAX_LENGTH * 4) {
            return refused(field, Refusal.TOO_LONG, kind, text);
        }
        String t = text.strip();
        if (t.length() > MAX_LENGTH) {
            return refused(field, Refusal.TOO_LONG, kind, t);
        }
        Shape shape = Shape.of(t);
        if (shape.refusal != null) {
            return refused(field, shape.refusal, kind, t);
        }
        Refusal digits = digits(shape.integerDigits, shape.fractionDigits, kind);
        return digits != null ? refused(field, digits, kind, t) : new Reading(new BigDecimal(shape.plain), null, null);
    }

    /**
     * Checks a number already read elsewhere (a JSON number, bounded in length by the JSON reader) against
     * {@code kind}; uses only its precision and scale, so even {@code 1E+999999999} is refused at once.
     */
    public static Reading check(String field, BigDecimal value, NumberKind kind) {
        if (value == null) {
            return refused(field, Refusal.NOT_A_NUMBER, kind, "");
        }
        long scale = value.scale();
        long precision = value.precision();
        long integerDigits = Math.max(0, precision - scale);
        long fractionDigits = Math.max(0, scale);
        if (value.signum() == 0) {
            // zero has no digits that matter, however it was written (0.0, 0E-400): as the text 0.0 reads
            integerDigits = 0;
            fractionDigits = 0;
        } else if (fractionDigits > 0 && scale <= MAX_DIGITS * 2L) {
            // trailing zeros are no fraction: 5.0 is a whole number, as the text 5.0 reads
            fractionDigits = Math.max(0, value.stripTrailingZeros().scale());
        }
        Refusal digits = digits(integerDigits, fractionDigits, kind);
        if (digits != null) {
            return refused(field, digits, kind, null);
        }
        return new Reading(value, null, null);
    }

    private static Refusal digits(long integerDigits, long fractionDigits, NumberKind kind) {
        if (integerDigits > kind.maxIntegerDigits()) {
            return Refusal.INTEGER_DIGITS;
        }
        if (fractionDigits > kind.maxFractionDigits()) {
            return kind.whole() ? Refusal.NOT_WHOLE : Refusal.FRACTION_DIGITS;
        }
        return null;
    }

    private static Reading refused(String field, Refusal refusal, NumberKind kind, String text) {
        Object argument = switch (refusal) {
            case TOO_LONG -> MAX_LENGTH;
            case INTEGER_DIGITS -> kind.maxIntegerDigits();
            case FRACTION_DIGITS -> kind.maxFractionDigits();
            default -> "";
        };
        String shown = text == null || text.length() > MAX_LENGTH ? null : text;
        return new Reading(null, refusal, new Violation(field, refusal.messageKey, new Object[] {argument}, null, shown));
    }

    /** The digits of a plain decimal text, counted in one pass: no regular expression, no big arithmetic. */
    private record Shape(String plain, int integerDigits, int fractionDigits, Refusal refusal) {

        static Shape of(String t) {
            StringBuilder plain = new StringBuilder(t.length());
            int i = 0;
            if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                plain.append(t.charAt(i++));
            }
            int integerDigits = 0;
            int fractionDigits = 0;
            int trailingZeros = 0;
            boolean point = false;
            boolean leading = true;
            boolean anyDigit = false;
            for (; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c >= '0' && c <= '9') {
                    anyDigit = true;
                    plain.append(c);
                    if (point) {
                        fractionDigits++;
                        trailingZeros = c == '0' ? trailingZeros + 1 : 0;
                    } else if (c != '0' || !leading) {
                        leading = false;
                        integerDigits++;
                    }
                } else if (c == '.' && !point) {
                    point = true;
                    plain.append(c);
                } else if ((c == ',' || c == '，') && !point && anyDigit) {
                    continue;
                } else {
                    return new Shape(null, 0, 0, c == 'e' || c == 'E' ? Refusal.EXPONENT : Refusal.NOT_A_NUMBER);
                }
            }
            if (!anyDigit) {
                return new Shape(null, 0, 0, Refusal.NOT_A_NUMBER);
            }
            return new Shape(plain.toString(), integerDigits, fractionDigits - trailingZeros, null);
        }
    }
}
