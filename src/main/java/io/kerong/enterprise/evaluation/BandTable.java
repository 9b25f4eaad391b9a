package io.kerong.enterprise.evaluation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A scoring table (评分表) as data: bands ordered from the highest lower bound down.
 * A ratio belongs to the first band that admits it; below every band it belongs to none.
 */
public final class BandTable<G> {

    private final List<Band<G>> bands;

    private BandTable(List<Band<G>> bands) {
        this.bands = bands.stream()
                .sorted(Comparator.comparing((Band<G> band) -> band.lowerBound()).reversed())
                .toList();
    }

    @SafeVarargs
    public static <G> BandTable<G> of(Band<G>... bands) {
        return new BandTable<>(List.of(bands));
    }

    /** The band {@code numerator / denominator} falls into; empty below the lowest band or for a denominator ≤ 0. */
    public Optional<Band<G>> bandOf(BigDecimal numerator, BigDecimal denominator) {
        return bands.stream().filter(band -> band.admits(numerator, denominator)).findFirst();
    }

    public Optional<Band<G>> bandOf(long numerator, long denominator) {
        return bandOf(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** The band just above the one {@code numerator / denominator} falls into; empty at the top. */
    public Optional<Band<G>> nextBandAbove(BigDecimal numerator, BigDecimal denominator) {
        Optional<Band<G>> current = bandOf(numerator, denominator);
        int index = current.map(bands::indexOf).orElse(bands.size());
        return index == 0 ? Optional.empty() : Optional.of(bands.get(index - 1));
    }

    public Optional<Band<G>> nextBandAbove(long numerator, long denominator) {
        return nextBandAbove(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** The lowest band whose grade satisfies the test, for "what does it take to reach N points". */
    public Optional<Band<G>> lowestBandWhere(java.util.function.Predicate<G> test) {
        return bands.reversed().stream().filter(band -> test.test(band.grade())).findFirst();
    }

    public List<Band<G>> bands() {
        return bands;
    }
}
