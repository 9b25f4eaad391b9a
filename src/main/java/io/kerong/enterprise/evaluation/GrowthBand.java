package io.kerong.enterprise.evaluation;

/** The bands of the growth indicators (成长性指标 档次 A–F), each with its range of points out of 10. */
public enum GrowthBand {
    /** ≥ 35 %. */
    A(9, 10),
    /** ≥ 25 %. */
    B(7, 8),
    /** ≥ 15 %. */
    C(5, 6),
    /** ≥ 5 %. */
    D(3, 4),
    /** &gt; 0. */
    E(1, 2),
    /** ≤ 0. */
    F(0, 0);

    private final int minPoints;
    private final int maxPoints;

    GrowthBand(int minPoints, int maxPoints) {
        this.minPoints = minPoints;
        this.maxPoints = maxPoints;
    }

    public int minPoints() {
        return minPoints;
    }

    public int maxPoints() {
        return maxPoints;
    }
}
