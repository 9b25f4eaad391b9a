package io.kerong.enterprise.evaluation;

/** Which ratio the R&D indicator was scored on: the enterprise gets the better of the two. */
public enum RdBasis {
    /** R&D expense / revenue (研发费用占销售收入比例). */
    REVENUE,
    /** R&D expense / total costs and expenses (研发费用占成本费用支出总额比例). */
    COSTS
}
