package io.kerong.rating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Points by bins of a numeric value (NUMBER, RATIO, COUNT), bins in ascending order without gaps or overlaps. */
public record BinScoring(List<Bin> bins, BigDecimal missingPoints) implements Scoring {

    public BinScoring {
        bins = List.copyOf(bins);
    }

    @Override
    public BigDecimal maxPoints() {
        return bins.stream().map(Bin::points).reduce(missingPoints, BigDecimal::max);
    }

    /** The bin holding {@code value}, empty when the bins leave it uncovered. */
    public Optional<Bin> binOf(BigDecimal value) {
        return bins.stream().filter(bin -> bin.contains(value)).findFirst();
    }
}
