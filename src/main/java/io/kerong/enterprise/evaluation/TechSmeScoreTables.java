package io.kerong.enterprise.evaluation;

/**
 * The official scoring tables of the tech-SME evaluation (科技型中小企业评价指标, 国科发政〔2017〕115号 附件).
 * Lower bounds inclusive; a ratio below the lowest band scores 0.
 */
final class TechSmeScoreTables {

    /** 科技人员数占职工总数的比例 (20 points). */
    static final BandTable<Integer> TECH_STAFF_SHARE = BandTable.of(
            Band.atLeast("0.30", 20), Band.atLeast("0.25", 16), Band.atLeast("0.20", 12),
            Band.atLeast("0.15", 8), Band.atLeast("0.10", 4));

    /** 研发费用总额占销售收入总额的比例 (50 points). */
    static final BandTable<Integer> RD_TO_REVENUE = BandTable.of(
            Band.atLeast("0.06", 50), Band.atLeast("0.05", 40), Band.atLeast("0.04", 30),
            Band.atLeast("0.03", 20), Band.atLeast("0.02", 10));

    /** 研发费用总额占成本费用支出总额的比例 (50 points). */
    static final BandTable<Integer> RD_TO_COSTS = BandTable.of(
            Band.atLeast("0.30", 50), Band.atLeast("0.25", 40), Band.atLeast("0.20", 30),
            Band.atLeast("0.15", 20), Band.atLeast("0.10", 10));

    /** Ⅱ类知识产权 counts (a count is a ratio over 1); any Ⅰ类 earns {@link #CLASS1_IP_POINTS} instead. */
    static final BandTable<Integer> CLASS2_IP_COUNT = BandTable.of(
            Band.atLeast("4", 24), Band.atLeast("3", 18), Band.atLeast("2", 12), Band.atLeast("1", 6));

    static final int CLASS1_IP_POINTS = 30;

    static final int QUALIFYING_TOTAL = 60;

    private TechSmeScoreTables() {
    }

    static int points(java.util.Optional<Band<Integer>> band) {
        return band.map(Band::grade).orElse(0);
    }
}
