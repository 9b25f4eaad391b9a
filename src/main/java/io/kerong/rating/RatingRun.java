package io.kerong.rating;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One re-rating of every enterprise (批量评价), nightly or started by the operator. {@code rated} counts every enterprise
 * rated; {@code unchanged} those of them whose model version and inputs were the same as in their latest rating, so the
 * run confirmed that rating instead of storing a copy; {@code gradeChanged} those whose grade moved (first ratings
 * included).
 */
public record RatingRun(long id, LocalDate asOf, int modelVersion, Status status, Instant startedAt,
                        Instant finishedAt, String startedBy, int rated, int unchanged, int gradeChanged,
                        String failure) {

    public enum Status {
        RUNNING, COMPLETED, FAILED
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
