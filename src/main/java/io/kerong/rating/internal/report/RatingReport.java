package io.kerong.rating.internal.report;

import io.kerong.rating.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rating report (等级融资报告) of one enterprise shows, with every text already in the reader's language, so
 * that the page and the PDF print the same thing. {@code rating} is null while the enterprise has never been rated.
 *
 * @param ground      on which ground the viewer sees the report (查看依据)
 * @param generatedAt when the report was put together, as shown
 */
public record RatingReport(Facts enterprise, String ground, Rating rating, List<HistoryPoint> history,
                           List<HistoryPoint> gradeChanges, List<CutOff> cutOffs, String generatedAt) {

    public RatingReport {
        history = List.copyOf(history);
        gradeChanges = List.copyOf(gradeChanges);
        cutOffs = List.copyOf(cutOffs);
    }

    public boolean rated() {
        return rating != null;
    }

    /** The enterprise's basic facts (企业基本信息) as shown; unknown facts read as such. */
    public record Facts(long id, String name, String uscc, String region, String industry, String foundedOn,
                        List<String> qualifications) {

        public Facts {
            qualifications = List.copyOf(qualifications);
        }
    }

    /**
     * The latest rating explained. {@code creditLine} reads like "300–500 万元"; {@code completeness} like
     * "87.8%（86/98 项指标有数据）".
     */
    public record Rating(Grade grade, BigDecimal totalScore, BigDecimal maxTotal, String creditLine,
                         String completeness, int modelVersion, LocalDate asOf, String ratedAt, List<Axis> dimensions,
                         List<String> knockOuts, List<Cost> costs, List<Strength> strengths, Lift lift) {

        public Rating {
            dimensions = List.copyOf(dimensions);
            knockOuts = List.copyOf(knockOuts);
            costs = List.copyOf(costs);
            strengths = List.copyOf(strengths);
        }
    }

    /** One dimension of the radar (维度): its name, points and maximum. */
    public record Axis(String name, BigDecimal score, BigDecimal max) {

        /** Share of the maximum reached, 0–1. */
        public double ratio() {
            return max.signum() == 0 ? 0 : Math.min(1, score.doubleValue() / max.doubleValue());
        }
    }

    /** An indicator that cost points (扣分项), in plain words, and how many points it lost. */
    public record Cost(String message, BigDecimal lost) {
    }

    /** An indicator at full points (优势指标). */
    public record Strength(String name, String value, BigDecimal points) {
    }

    /**
     * The smallest changes that lift the grade by one (提升一级): {@code heading} says to which grade, or why there is
     * nothing to show; {@code steps} are the changes in plain words.
     */
    public record Lift(String heading, List<String> steps) {

        public Lift {
            steps = List.copyOf(steps);
        }
    }

    /** One rating in the history (等级历史). */
    public record HistoryPoint(LocalDate asOf, Grade grade, BigDecimal totalScore) {
    }

    /** The lowest total score of a grade, drawn as a line in the history chart. */
    public record CutOff(Grade grade, BigDecimal minScore) {
    }
}
