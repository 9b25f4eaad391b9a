package io.kerong.rating.internal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.rating.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AUC, KS and default rates against numbers worked out by hand. AUC = Σ over (good, defaulted) pairs of 1 when the
 * good loan scored higher, ½ on a tie, divided by goods × defaulted; KS = the largest |F_defaulted(s) − F_good(s)|
 * over the scores s, F being the share of loans scoring at most s.
 */
class ModelQualityTest {

    static Stream<Arguments> separations() {
        return Stream.of(
                // pairs (g > b): 80>50, 80>65, 70>50, 70>65, 60>50, 60<65 → 5 of 6 = 0.8333.
                // cumulative after 50: bad 1/2, good 0 → .5; after 60: 1/2 vs 1/3 → .1667; after 65: 1 vs 1/3 → .6667;
                // after 70: 1 vs 2/3 → .3333; after 80: 0. KS .6667 at 65.
                Arguments.of("one overlap", List.of("80", "70", "60"), List.of("50", "65"), "0.8333", "0.6667", "65.00"),
                // goods 70, 70; bads 70, 60: each good ties one bad (½) and beats one (1) → (1.5 + 1.5) / 4 = 0.75.
                // after 60: bad 1/2, good 0 → .5; after 70: 1 vs 1 → 0. KS .5 at 60.
                Arguments.of("ties count one half", List.of("70", "70"), List.of("70", "60"), "0.7500", "0.5000", "60.00"),
                // one good above one bad: AUC 1; after 10 the bad share is 1, the good share 0: KS 1 at 10.
                Arguments.of("perfect", List.of("90"), List.of("10"), "1.0000", "1.0000", "10.00"),
                // every score equal: each pair ties, AUC ½; both distributions jump together: KS 0.
                Arguments.of("all tied", List.of("50", "50"), List.of("50"), "0.5000", "0.0000", "50.00"),
                // the good loan scored lowest: AUC 0; after 10 the good share is 1, the bad share 0: KS 1 at 10.
                Arguments.of("reversed", List.of("10"), List.of("90"), "0.0000", "1.0000", "10.00"),
                // goods 90, 80, 80, 60, 55; bads 80, 60, 40 (G 5, B 3, 15 pairs):
                // 90 beats 3; each 80 beats 2 and ties 1 → 2.5 × 2 = 5; 60 beats 1, ties 1 → 1.5; 55 beats 1 → 1.
                // (3 + 5 + 1.5 + 1) / 15 = 10.5 / 15 = 0.7.
                // after 40: 1/3 vs 0 → .3333; after 55: 1/3 vs 1/5 → .1333; after 60: 2/3 vs 2/5 → .2667;
                // after 80: 1 vs 4/5 → .2; after 90: 0. KS .3333 at 40.
                Arguments.of("eight loans with ties", List.of("90", "80", "80", "60", "55"), List.of("80", "60", "40"),
                        "0.7000", "0.3333", "40.00"));
    }

    @ParameterizedTest(name = "{0}: AUC {3}, KS {4} at {5}")
    @MethodSource("separations")
    void aucAndKsAreTheRankStatisticAndTheLargestDistance(String name, List<String> goods, List<String> bads,
                                                           String auc, String ks, String ksScore) {
        ModelQuality quality = ModelQuality.of(observations(goods, bads));

        assertThat(quality.auc()).isEqualByComparingTo(auc);
        assertThat(quality.ks()).isEqualByComparingTo(ks);
        assertThat(quality.ksScore()).isEqualByComparingTo(ksScore);
        assertThat(quality.gini()).isEqualByComparingTo(new BigDecimal(auc).multiply(BigDecimal.TWO).subtract(BigDecimal.ONE));
        assertThat(quality.loans()).isEqualTo(goods.size() + bads.size());
        assertThat(quality.defaults()).isEqualTo(bads.size());
    }

    @Test
    void theRocCurveWalksDownTheScoresFromTheOrigin() {
        // descending: 80 good, 70 good, 65 bad, 60 good, 50 bad; G 3, B 2:
        // (0,0) → 80 (0,1/3) → 70 (0,2/3) → 65 (1/2,2/3) → 60 (1/2,1) → 50 (1,1)
        ModelQuality quality = ModelQuality.of(observations(List.of("80", "70", "60"), List.of("50", "65")));

        assertThat(quality.roc()).extracting(p -> p.falsePositiveRate().toPlainString() + "," + p.truePositiveRate().toPlainString())
                .containsExactly("0.0000,0.0000", "0.0000,0.3333", "0.0000,0.6667", "0.5000,0.6667", "0.5000,1.0000",
                        "1.0000,1.0000");
        assertThat(quality.distributions()).extracting(p -> p.score().toPlainString() + ":" + p.goods() + "/" + p.bads())
                .containsExactly("50.00:0.0000/0.5000", "60.00:0.3333/0.5000", "65.00:0.3333/1.0000",
                        "70.00:0.6667/1.0000", "80.00:1.0000/1.0000");
    }

    @Test
    void theDefaultRateOfAGradeIsItsDefaultedLoansOverItsLoans() {
        // A: 4 loans, none defaulted → 0; B: 3 loans, 1 defaulted → 1/3; C: 2 loans, 1 defaulted → 1/2; D: none → no rate.
        List<Observation> loans = new ArrayList<>();
        IntStream.range(0, 4).forEach(i -> loans.add(new Observation(new BigDecimal("85"), Grade.A, false)));
        loans.add(new Observation(new BigDecimal("70"), Grade.B, true));
        loans.add(new Observation(new BigDecimal("72"), Grade.B, false));
        loans.add(new Observation(new BigDecimal("68"), Grade.B, false));
        loans.add(new Observation(new BigDecimal("55"), Grade.C, true));
        loans.add(new Observation(new BigDecimal("52"), Grade.C, false));

        ModelQuality quality = ModelQuality.of(loans);

        assertThat(quality.grades()).extracting(r -> r.grade() + " " + r.loans() + " " + r.defaults() + " " + r.defaultRate())
                .containsExactly("A 4 0 0.0000", "B 3 1 0.3333", "C 2 1 0.5000", "D 0 0 null");
        // 2 of 9 loans defaulted
        assertThat(quality.defaultRate()).isEqualByComparingTo("0.2222");
    }

    @Test
    void withoutDefaultedLoansNothingIsSeparatedAndTheMeasuresAreAbsent() {
        ModelQuality quality = ModelQuality.of(observations(List.of("70", "80"), List.of()));

        assertThat(quality.separable()).isFalse();
        assertThat(quality.auc()).isNull();
        assertThat(quality.ks()).isNull();
        assertThat(quality.roc()).isEmpty();
        assertThat(quality.grades()).extracting(ModelQuality.GradeRow::loans).containsExactly(1, 1, 0, 0);
    }

    @Test
    void aLongCurveIsThinnedEvenlyKeepingBothEnds() {
        List<Integer> points = IntStream.range(0, 1001).boxed().toList();

        List<Integer> thinned = ModelQuality.thin(points);

        assertThat(thinned).hasSize(ModelQuality.CURVE_POINTS).startsWith(0).endsWith(1000);
        assertThat(thinned.get(100)).isEqualTo(500);
    }

    private static List<Observation> observations(List<String> goods, List<String> bads) {
        List<Observation> observations = new ArrayList<>();
        goods.forEach(score -> observations.add(new Observation(new BigDecimal(score), grade(score), false)));
        bads.forEach(score -> observations.add(new Observation(new BigDecimal(score), grade(score), true)));
        return observations;
    }

    private static Grade grade(String score) {
        int s = Integer.parseInt(score);
        return s >= 80 ? Grade.A : s >= 65 ? Grade.B : s >= 50 ? Grade.C : Grade.D;
    }
}
