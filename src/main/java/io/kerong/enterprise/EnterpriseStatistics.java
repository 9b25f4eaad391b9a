package io.kerong.enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Counts over the whole registry for dashboards (企业库统计). No caller checks here: the calling module decides who
 * may see the figures (the operator's dashboard).
 */
public interface EnterpriseStatistics {

    long total();

    /** Enterprises per province (code xx0000), largest first. */
    List<RegionCount> byProvince();

    /** Enterprises per prefecture-level city (code xxxx00) of one province (any code of it, e.g. "510000"). */
    List<RegionCount> byCity(String provinceCode);

    /** Enterprises per industry section; sections without enterprises are left out. */
    Map<IndustrySection, Long> byIndustry();

    /** Enterprises holding each qualification valid on {@code day} (an enterprise counts once per kind). */
    Map<QualificationKind, Long> byQualification(LocalDate day);

    /** Enterprises on the support list (科创企业支持名单) now. */
    long supportListMembers();

    /** Of the enterprises that have evaluated themselves, how many qualified in their latest evaluation. */
    EvaluationPassRate evaluationPassRate();

    /** A region's code (6 digits), full name and number of enterprises. */
    record RegionCount(String divisionCode, String name, long enterprises) {
    }

    record EvaluationPassRate(long evaluated, long qualified) {

        /** Share qualified, 0–1 with four decimals (0 when nobody has evaluated). */
        public java.math.BigDecimal rate() {
            return evaluated == 0 ? java.math.BigDecimal.ZERO.setScale(4)
                    : java.math.BigDecimal.valueOf(qualified).divide(java.math.BigDecimal.valueOf(evaluated), 4,
                    java.math.RoundingMode.HALF_UP);
        }
    }
}
