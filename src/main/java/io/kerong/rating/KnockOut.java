package io.kerong.rating;

/**
 * A knock-out rule (一票否决): when the indicator's value meets the condition, the grade is D whatever the score.
 * Conditions: {@code true}, {@code false}, {@code >= 1}, {@code > 0}, {@code <= n}, {@code < n}, {@code == n},
 * {@code in C,D} (category codes, comma-separated). A missing value never triggers a knock-out.
 */
public record KnockOut(String code, String indicatorCode, String condition, String messageKey) {
}
