package io.kerong.rating;

/** Whether a larger value is better for the enterprise's rating. */
public enum Direction {
    HIGHER_BETTER, LOWER_BETTER, NEUTRAL
}
