package io.kerong.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * Points by bins (分档) of a numeric value (NUMBER, RATIO, COUNT), bins in ascending order without gaps or overlaps. A
 * value below the first bin scores as the first bin, a value above the last as the last.
 */
public record BinScoring(List<Bin> bins, BigDecimal missingPoints) implements Scoring {

    public BinScoring {
        bins = List.copyOf(bins);
    }

    @Override
    public BigDecimal maxPoints() {
        return bins.stream().map(Bin::points).reduce(missingPoints, BigDecimal::max);
    }

    /** The bin holding {@code value}; values beyond the first or last bin fall into that bin. */
    public Bin binOf(BigDecimal value) {
        return bins.stream().filter(bin -> bin.upper() == null || value.compareTo(bin.upper()) < 0).findFirst()
                .orElse(bins.getLast());
    }
}
