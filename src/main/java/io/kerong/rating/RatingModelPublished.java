package io.kerong.rating;

/** A rating model (评价模型) version was published; the previous one ({@code retiredVersion}, 0 if none) retired. */
public record RatingModelPublished(int version, int retiredVersion) {
}
