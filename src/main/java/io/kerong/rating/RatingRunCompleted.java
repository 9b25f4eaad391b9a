package io.kerong.rating;

/**
 * A re-rating of all enterprises finished. Listeners refresh what depends on grades once per run, rather than once per
 * enterprise ({@link RatingPublished} is published for single ratings only).
 */
public record RatingRunCompleted(long runId, int modelVersion, int rated, int gradeChanged) {
}
