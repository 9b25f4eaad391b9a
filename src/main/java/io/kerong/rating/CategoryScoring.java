package io.kerong.rating;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Points per category code (e.g. 纳税信用等级 A/B/M/C/D). The map's order is not kept in storage (jsonb orders keys its
 * own way): show categories with {@link #bestFirst()}.
 */
public record CategoryScoring(Map<String, BigDecimal> points, BigDecimal missingPoints) implements Scoring {

    public CategoryScoring {
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
    }

    /** The category codes by points, most first; equal points keep the map's order. */
    public List<String> bestFirst() {
        return points.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public BigDecimal maxPoints() {
        return points.values().stream().reduce(missingPoints, BigDecimal::max);
    }
}
