package io.kerong.rating;

import java.util.Optional;

/** Rating grade (等级), A best; it fixes the credit-line interval (授信区间). */
public enum Grade {
    A, B, C, D;

    /** The next better grade, empty for A. */
    public Optional<Grade> better() {
        return this == A ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** True when this grade is at least as good as {@code other}. */
    public boolean atLeast(Grade other) {
        return ordinal() <= other.ordinal();
    }
}
