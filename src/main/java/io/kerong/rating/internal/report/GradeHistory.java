package io.kerong.rating.internal.report;

import io.kerong.rating.StoredRating;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of grades (等级历史) as the report draws it. The nightly re-rating stores a rating a day, so the chart
 * keeps the last rating of each day and, when that is still more than {@link #MAX_POINTS}, of each month; the table
 * lists only the ratings that changed the grade.
 */
final class GradeHistory {

    static final int MAX_POINTS = 36;
    static final int MAX_CHANGES = 10;

    private GradeHistory() {
    }

    /** Chart points, oldest first. */
    static List<RatingReport.HistoryPoint> chartPoints(List<StoredRating> newestFirst) {
        List<StoredRating> oldestFirst = new ArrayList<>(newestFirst).reversed();
        Map<LocalDate, StoredRating> byDay = new LinkedHashMap<>();
        oldestFirst.forEach(rating -> byDay.put(rating.asOf(), rating));
        List<StoredRating> kept = new ArrayList<>(byDay.values());
        if (kept.size() > MAX_POINTS) {
            Map<YearMonth, StoredRating> byMonth = new LinkedHashMap<>();
            kept.forEach(rating -> byMonth.put(YearMonth.from(rating.asOf()), rating));
            kept = new ArrayList<>(byMonth.values());
        }
        return kept.subList(Math.max(0, kept.size() - MAX_POINTS), kept.size()).stream().map(GradeHistory::point)
                .toList();
    }

    /** The ratings that changed the grade (the first rating included), newest first. */
    static List<RatingReport.HistoryPoint> changes(List<StoredRating> newestFirst) {
        return newestFirst.stream().filter(StoredRating::gradeChanged).limit(MAX_CHANGES).map(GradeHistory::point)
                .toList();
    }

    private static RatingReport.HistoryPoint point(StoredRating rating) {
        return new RatingReport.HistoryPoint(rating.asOf(), rating.grade(), rating.totalScore());
    }
}
