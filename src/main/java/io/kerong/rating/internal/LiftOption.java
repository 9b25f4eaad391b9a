package io.kerong.rating.internal;

/**
 * One way to raise one indicator's points: set it to {@code target} (BigDecimal, Boolean or String), earning
 * {@code points} instead of the current points. {@code steps} counts the point levels passed on the way, the measure
 * of effort: the next bin is one step, two bins up is two.
 */
record LiftOption(int indicator, Object target, long points, int steps) {
}
