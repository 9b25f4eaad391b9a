package io.kerong.rating;

import java.time.Instant;
import java.time.LocalDate;

/** One re-rating of every enterprise (批量评价), nightly or started by the operator. */
public record RatingRun(long id, LocalDate asOf, int modelVersion, Status status, Instant startedAt,
                        Instant finishedAt, String startedBy, int rated, int gradeChanged, String failure) {

    public enum Status {
        RUNNING, COMPLETED, FAILED
    }
}
