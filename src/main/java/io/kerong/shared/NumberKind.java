package io.kerong.shared;

/**
 * What a kind of number may look like: how many digits before and after the decimal point. Every amount, ratio and
 * count the platform reads is checked against its kind by {@link BoundedDecimal} before it becomes a
 * {@link java.math.BigDecimal}, so that no input can make the platform compute with a number larger than any real one.
 * A module defines its own kind for a value with tighter limits (a money type per currency, a loan term).
 */
public record NumberKind(String name, int maxIntegerDigits, int maxFractionDigits) {

    /** Yuan as the registry stores them, numeric(18, 2): sixteen digits before the point, two after. */
    public static final NumberKind AMOUNT = new NumberKind("amount", 16, 2);
    /** People, patents, years: a whole number that fits an {@code int}. */
    public static final NumberKind COUNT = new NumberKind("count", 9, 0);
    /** Any other figure (indicator values, ratios in percent, model points and bounds). */
    public static final NumberKind DECIMAL = new NumberKind("decimal", 18, 10);

    public NumberKind {
        if (maxIntegerDigits < 1 || maxFractionDigits < 0 || maxIntegerDigits + maxFractionDigits > BoundedDecimal.MAX_DIGITS) {
            throw new IllegalArgumentException("A number kind allows 1 to " + BoundedDecimal.MAX_DIGITS + " digits");
        }
    }

    public boolean whole() {
        return maxFractionDigits == 0;
    }
}
