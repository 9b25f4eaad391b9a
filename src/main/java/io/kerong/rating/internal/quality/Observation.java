package io.kerong.rating.internal.quality;

import io.kerong.rating.Grade;
import java.math.BigDecimal;

/** One loan as the quality measures see it: the rating's total score and grade at the grant, and whether it defaulted. */
public record Observation(BigDecimal score, Grade grade, boolean defaulted) {
}
