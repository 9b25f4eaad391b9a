package io.kerong.rating;

/**
 * A stored rating changed an enterprise's grade (等级变动); {@code previousGrade} is null for its first rating.
 */
public record RatingPublished(long enterpriseId, int modelVersion, Grade grade, Grade previousGrade) {
}
