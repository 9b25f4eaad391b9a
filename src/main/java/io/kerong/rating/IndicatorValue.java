package io.kerong.rating;

import java.math.BigDecimal;

/**
 * One observed value of an indicator (指标值) for a period ({@code 2025}, {@code 2025Q3}, {@code 2025-09}; may be null
 * for a what-if value). Numbers, counts, ratios (in percent) and booleans (1 / 0) use {@code number}; categories use
 * {@code text}.
 */
public record IndicatorValue(String code, String period, BigDecimal number, String text) {

    public static IndicatorValue number(String code, String period, BigDecimal number) {
        return new IndicatorValue(code, period, number, null);
    }

    public static IndicatorValue bool(String code, String period, boolean value) {
        return new IndicatorValue(code, period, value ? BigDecimal.ONE : BigDecimal.ZERO, null);
    }

    public static IndicatorValue category(String code, String period, String text) {
        return new IndicatorValue(code, period, null, text);
    }

    /** True when neither a number nor a text was observed. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return number == null && (text == null || text.isBlank());
    }

    /**
     * The value as shown to users: the number in plain notation, rounded to four decimals when it has more (a derived
     * ratio such as 1.6666666666666667 reads 1.6667), or the category code.
     */
    public String display() {
        if (number == null) {
            return text;
        }
        BigDecimal shown = number.stripTrailingZeros();
        if (shown.scale() > SHOWN_DECIMALS) {
            shown = shown.setScale(SHOWN_DECIMALS, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return shown.toPlainString();
    }

    private static final int SHOWN_DECIMALS = 4;
}
