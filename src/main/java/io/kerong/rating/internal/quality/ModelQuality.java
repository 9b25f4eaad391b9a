package io.kerong.rating.internal.quality;

import io.kerong.rating.Grade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How well the rating separated good loans from bad ones (模型区分能力), from loan outcomes:
 * <ul>
 * <li>default rate per grade (各等级违约率): defaulted loans / loans of the grade;</li>
 * <li>AUC of the score: the probability that a loan that did not default scored higher than one that did, a tie counting
 * one half (the Mann–Whitney rank statistic); 0.5 is chance, 1 perfect;</li>
 * <li>KS: the largest distance between the cumulative score distributions of the defaulted and the other loans
 * (Kolmogorov–Smirnov), and the score where it is reached;</li>
 * <li>Gini (accuracy ratio) = 2 AUC − 1.</li>
 * </ul>
 * Rates and measures have four decimals; AUC, KS and Gini are null unless there are both defaulted and good loans.
 * Computed exactly in integers from scores in hundredths (scores have two decimals), with ties handled group by group.
 */
public record ModelQuality(int loans, int defaults, List<GradeRow> grades, BigDecimal auc, BigDecimal ks,
                           BigDecimal ksScore, BigDecimal gini, List<RocPoint> roc, List<DistributionPoint> distributions) {

    /** Points drawn at most per curve; a curve with more is thinned evenly, keeping both ends. */
    static final int CURVE_POINTS = 201;
    private static final int SCALE = 4;

    public ModelQuality {
        grades = List.copyOf(grades);
        roc = List.copyOf(roc);
        distributions = List.copyOf(distributions);
    }

    /** Loans, defaults and the default rate (null without loans) of one grade. */
    public record GradeRow(Grade grade, int loans, int defaults, BigDecimal defaultRate) {
    }

    /** A point of the ROC curve: share of defaulted and of good loans at or above a score. */
    public record RocPoint(BigDecimal falsePositiveRate, BigDecimal truePositiveRate) {
    }

    /** The shares of good and of defaulted loans scoring at most {@code score}. */
    public record DistributionPoint(BigDecimal score, BigDecimal goods, BigDecimal bads) {
    }

    public BigDecimal defaultRate() {
        return ratio(defaults, loans);
    }

    /** True when AUC and KS could be computed: there are defaulted and good loans. */
    public boolean separable() {
        return auc != null;
    }

    public static ModelQuality of(List<Observation> observations) {
        List<ScoreGroup> groups = ScoreGroup.ascending(observations);
        long goods = groups.stream().mapToLong(ScoreGroup::goods).sum();
        long bads = groups.stream().mapToLong(ScoreGroup::bads).sum();
        List<GradeRow> grades = gradeRows(observations);
        if (goods == 0 || bads == 0) {
            return new ModelQuality(observations.size(), (int) bads, grades, null, null, null, null, List.of(),
                    List.of());
        }
        BigDecimal auc = auc(groups, goods, bads);
        Ks ks = ks(groups, goods, bads);
        return new ModelQuality(observations.size(), (int) bads, grades, auc, ks.distance(), ks.score(),
                auc.multiply(BigDecimal.TWO).subtract(BigDecimal.ONE), roc(groups, goods, bads),
                distributions(groups, goods, bads));
    }

    /** Σ over score groups of goods × (bads below + bads tied / 2), over goods × bads; doubled to stay in integers. */
    static BigDecimal auc(List<ScoreGroup> groups, long goods, long bads) {
        long doubled = 0;
        long badsBelow = 0;
        for (ScoreGroup group : groups) {
            doubled += group.goods() * (2 * badsBelow + group.bads());
            badsBelow += group.bads();
        }
        return BigDecimal.valueOf(doubled).divide(BigDecimal.valueOf(2 * goods * bads), SCALE, RoundingMode.HALF_UP);
    }

    private record Ks(BigDecimal distance, BigDecimal score) {
    }

    /** max over scores s of |F_bad(s) − F_good(s)|, with F the share scoring at most s: |cumBad·G − cumGood·B| / (G·B). */
    private static Ks ks(List<ScoreGroup> groups, long goods, long bads) {
        long best = -1;
        long bestScore = 0;
        long cumGoods = 0;
        long cumBads = 0;
        for (ScoreGroup group : groups) {
            cumGoods += group.goods();
            cumBads += group.bads();
            long distance = Math.abs(cumBads * goods - cumGoods * bads);
            if (distance > best) {
                best = distance;
                bestScore = group.hundredths();
            }
        }
        return new Ks(BigDecimal.valueOf(best).divide(BigDecimal.valueOf(goods * bads), SCALE, RoundingMode.HALF_UP),
                BigDecimal.valueOf(bestScore, 2));
    }

    private static List<RocPoint> roc(List<ScoreGroup> groups, long goods, long bads) {
        List<RocPoint> points = new ArrayList<>(groups.size() + 1);
        points.add(new RocPoint(BigDecimal.ZERO.setScale(SCALE), BigDecimal.ZERO.setScale(SCALE)));
        long truePositives = 0;
        long falsePositives = 0;
        for (ScoreGroup group : groups.reversed()) {
            truePositives += group.goods();
            falsePositives += group.bads();
            points.add(new RocPoint(ratio(falsePositives, bads), ratio(truePositives, goods)));
        }
        return thin(points);
    }

    private static List<DistributionPoint> distributions(List<ScoreGroup> groups, long goods, long bads) {
        List<DistributionPoint> points = new ArrayList<>(groups.size());
        long cumGoods = 0;
        long cumBads = 0;
        for (ScoreGroup group : groups) {
            cumGoods += group.goods();
            cumBads += group.bads();
            points.add(new DistributionPoint(BigDecimal.valueOf(group.hundredths(), 2), ratio(cumGoods, goods),
                    ratio(cumBads, bads)));
        }
        return thin(points);
    }

    private static List<GradeRow> gradeRows(List<Observation> observations) {
        int[] loans = new int[Grade.values().length];
        int[] defaults = new int[Grade.values().length];
        for (Observation observation : observations) {
            loans[observation.grade().ordinal()]++;
            if (observation.defaulted()) {
                defaults[observation.grade().ordinal()]++;
            }
        }
        List<GradeRow> rows = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            rows.add(new GradeRow(grade, loans[grade.ordinal()], defaults[grade.ordinal()],
                    ratio(defaults[grade.ordinal()], loans[grade.ordinal()])));
        }
        return rows;
    }

    static <T> List<T> thin(List<T> points) {
        if (points.size() <= CURVE_POINTS) {
            return points;
        }
        List<T> thinned = new ArrayList<>(CURVE_POINTS);
        double step = (points.size() - 1) / (double) (CURVE_POINTS - 1);
        for (int i = 0; i < CURVE_POINTS; i++) {
            thinned.add(points.get((int) Math.round(i * step)));
        }
        return thinned;
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }

    /** The loans sharing one score (in hundredths): how many were good and how many defaulted. */
    record ScoreGroup(long hundredths, long goods, long bads) {

        static List<ScoreGroup> ascending(List<Observation> observations) {
            List<Observation> sorted = new ArrayList<>(observations);
            sorted.sort(Comparator.comparing(Observation::score));
            List<ScoreGroup> groups = new ArrayList<>();
            int i = 0;
            while (i < sorted.size()) {
                BigDecimal score = sorted.get(i).score();
                long goods = 0;
                long bads = 0;
                for (; i < sorted.size() && sorted.get(i).score().compareTo(score) == 0; i++) {
                    if (sorted.get(i).defaulted()) {
                        bads++;
                    } else {
                        goods++;
                    }
                }
                groups.add(new ScoreGroup(score.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact(),
                        goods, bads));
            }
            return groups;
        }
    }
}
