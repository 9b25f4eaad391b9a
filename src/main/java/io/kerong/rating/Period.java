package io.kerong.rating;

/** How often an indicator is reported; period keys are text: {@code 2025}, {@code 2025Q3}, {@code 2025-09}. */
public enum Period {
    YEARLY, QUARTERLY, MONTHLY
}
