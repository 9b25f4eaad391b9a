package io.kerong.rating.internal.quality;

import java.time.LocalDate;

/**
 * The model-quality page's content for a period: whether any lending module reports outcomes at all
 * ({@code outcomesSource}), how many loans of the period had no rating to go with them ({@code unrated}: left out),
 * and the measures over the others ({@code quality}: null when no rated loan was granted in the period).
 */
public record QualityReport(LocalDate from, LocalDate to, boolean outcomesSource, int unrated, ModelQuality quality) {

    public boolean hasOutcomes() {
        return quality != null && quality.loans() > 0;
    }
}
