package io.kerong.rating;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Points per category code (e.g. 纳税信用等级 A/B/M/C/D); the map's order is the order shown to users. */
public record CategoryScoring(Map<String, BigDecimal> points, BigDecimal missingPoints) implements Scoring {

    public CategoryScoring {
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
    }

    @Override
    public BigDecimal maxPoints() {
        return points.values().stream().reduce(missingPoints, BigDecimal::max);
    }
}
