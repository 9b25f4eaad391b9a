package io.kerong.rating.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.rating.Grade;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.StoredRating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeHistoryTest {

    private final ReportFixture fixture = new ReportFixture();

    /** Nightly ratings, newest first: the last year's values for the first {@code weakDays}, today's after. */
    private List<StoredRating> nightly(int days, int weakDays) {
        List<StoredRating> oldestFirst = new ArrayList<>();
        Map<String, IndicatorValue> weak = fixture.lastYear();
        Map<String, IndicatorValue> strong = fixture.today();
        Grade previous = null;
        for (int day = 0; day < days; day++) {
            StoredRating rating = fixture.stored(day + 1, day < weakDays ? weak : strong,
                    LocalDate.of(2025, 1, 1).plusDays(day), previous);
            previous = rating.grade();
            oldestFirst.add(rating);
        }
        return new ArrayList<>(oldestFirst).reversed();
    }

    @Test
    void aFewRatingsAreAllDrawnOldestFirst() {
        List<RatingReport.HistoryPoint> points = GradeHistory.chartPoints(nightly(20, 10));
        assertThat(points).hasSize(20);
        assertThat(points.getFirst().asOf()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(points.getLast().asOf()).isEqualTo(LocalDate.of(2025, 1, 20));
    }

    @Test
    void nightlyRatingsOverAYearAreDrawnAsTheLastOfEachMonth() {
        List<RatingReport.HistoryPoint> points = GradeHistory.chartPoints(nightly(400, 200));
        assertThat(points).hasSizeLessThanOrEqualTo(GradeHistory.MAX_POINTS).hasSize(14);
        assertThat(points.getFirst().asOf()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(points.getLast().asOf()).isEqualTo(LocalDate.of(2025, 1, 1).plusDays(399));
    }

    @Test
    void theTableListsOnlyTheRatingsThatChangedTheGradeNewestFirst() {
        List<StoredRating> history = nightly(30, 12);
        List<RatingReport.HistoryPoint> changes = GradeHistory.changes(history);
        assertThat(history.getFirst().grade()).isNotEqualTo(history.getLast().grade());
        assertThat(changes).extracting(RatingReport.HistoryPoint::asOf)
                .containsExactly(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 1));
    }
}
