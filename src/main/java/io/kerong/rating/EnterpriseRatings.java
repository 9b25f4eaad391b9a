package io.kerong.rating;

import io.kerong.identity.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enterprises' ratings (企业增信评价结果): computed from stored data with the published model, on demand for one
 * enterprise or for all of them in a run, and kept with their inputs. A grade change is audited and published as
 * {@link RatingPublished} (single ratings) or summed up in {@link RatingRunCompleted} (runs).
 * <p>
 * Reads do not check the caller: the web layer decides who may see which enterprise's rating.
 */
public interface EnterpriseRatings {

    /**
     * Rates one enterprise as of today with the published model and stores the result. The enterprise's own users and
     * the operator may; others get the registry's refusal ({@link io.kerong.enterprise.EnterpriseNotFoundException}
     * or {@link io.kerong.enterprise.EnterpriseAccessDeniedException}).
     */
    StoredRating rate(Actor actor, long enterpriseId);

    /** The latest stored rating of the enterprise, empty when it was never rated. */
    Optional<StoredRating> latest(long enterpriseId);

    /** Every stored rating of the enterprise, newest first. */
    List<StoredRating> history(long enterpriseId);

    Optional<StoredRating> find(long ratingId);

    /** The full score of a stored rating, reasons included, recomputed from its inputs with its model version. */
    Score explain(StoredRating rating);

    /**
     * Rates every enterprise of the registry as of the day with the published model, and returns the finished run
     * (operator only). A run stores a new rating only for an enterprise whose model version or inputs differ from its
     * latest rating; the others keep their latest rating, which the run confirms. Throws
     * {@link RatingRunInProgressException} when a run is going on. Call it outside a transaction: the run reads and
     * writes on connections of its own.
     */
    RatingRun rateAll(Actor actor, LocalDate asOf);

    /** As {@link #rateAll}, but returns the RUNNING run at once and rates in the background. */
    RatingRun startRun(Actor actor, LocalDate asOf);

    /** As {@link #rateAll}, started by the platform itself (the nightly run, the first start with demo data). */
    RatingRun rateAllAsPlatform(LocalDate asOf);

    /** The most recent runs, newest first. */
    List<RatingRun> runs(int limit);

    Optional<RatingRun> run(long runId);

    /** How many enterprises hold each grade now (grades nobody holds count 0). */
    Map<Grade, Long> gradeCounts();
}
