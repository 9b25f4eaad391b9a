package io.kerong.rating;

import static io.kerong.rating.RatingModelFixture.bestExcept;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeLiftTest {

    private final Scorer scorer = new Scorer();
    private final RatingModel model = RatingModelFixture.small();

    @Test
    void oneChangeThatReachesTheNextCutOffIsPreferredAndTakesTheNearestBin() {
        Map<String, IndicatorValue> values = bestExcept("HIGH_TECH=false", "DEBT_RATIO=50");
        assertThat(scorer.score(model, values).grade()).isEqualTo(Grade.B);
        List<Change> changes = scorer.liftOneGrade(model, values);
        assertThat(changes).containsExactly(new Change("DEBT_RATIO", new BigDecimal("50"), new BigDecimal("39.99"),
                new BigDecimal("2.50"), null));
        assertThat(scorer.score(model, apply(values, changes)).grade()).isEqualTo(Grade.A);
    }

    @Test
    void twoChangesWhenNoSingleChangeIsEnoughWithTheFewestBinsOfEffort() {
        Map<String, IndicatorValue> values = bestExcept("HIGH_TECH=false", "RD_RATIO=2", "REVENUE_GROWTH=-1",
                "INDUSTRY_ENDORSED=false", "DEBT_RATIO=80", "TAX_CREDIT_GRADE=C");
        assertThat(scorer.score(model, values).totalScore()).isEqualByComparingTo("11");
        List<Change> changes = scorer.liftOneGrade(model, values);
        assertThat(changes).containsExactly(
                new Change("RD_RATIO", new BigDecimal("2"), new BigDecimal("6"), new BigDecimal("10.00"), null),
                new Change("HIGH_TECH", false, true, new BigDecimal("10.00"), null));
        assertThat(scorer.score(model, apply(values, changes)).grade()).isEqualTo(Grade.C);
    }

    @Test
    void aKnockOutIsClearedFirstAndIsEnoughWhenTheScoreAlreadyReachesC() {
        Map<String, IndicatorValue> values = bestExcept("COURT_DISHONEST=true");
        List<Change> changes = scorer.liftOneGrade(model, values);
        assertThat(changes).containsExactly(new Change("COURT_DISHONEST", true, false, new BigDecimal("5.00"), "KO_COURT"));
        assertThat(scorer.score(model, apply(values, changes)).grade()).isEqualTo(Grade.A);
    }

    @Test
    void aKnockedOutCategoryIsClearedToTheNearestCategoryThatIsNoTrigger() {
        Map<String, IndicatorValue> values = bestExcept("TAX_CREDIT_GRADE=D", "HIGH_TECH=false", "RD_RATIO=2",
                "REVENUE_GROWTH=-1", "DEBT_RATIO=80");
        List<Change> changes = scorer.liftOneGrade(model, values);
        assertThat(changes.getFirst()).isEqualTo(new Change("TAX_CREDIT_GRADE", "D", "C", new BigDecimal("2.00"), "KO_TAX_D"));
        assertThat(changes).hasSize(3);
        assertThat(scorer.score(model, apply(values, changes)).grade()).isEqualTo(Grade.C);
    }

    @Test
    void clearingAKnockOutIsSuggestedEvenWhenTwoMoreChangesCannotReachC() {
        Map<String, IndicatorValue> values = Map.of("COURT_DISHONEST", IndicatorValue.bool("COURT_DISHONEST", "2025", true),
                "TAX_CREDIT_GRADE", IndicatorValue.category("TAX_CREDIT_GRADE", "2025", "C"));
        assertThat(scorer.liftOneGrade(model, values)).containsExactly(
                new Change("COURT_DISHONEST", true, false, new BigDecimal("5.00"), "KO_COURT"));
    }

    @Test
    void indicatorsTheEnterpriseCannotInfluenceAreNeverSuggested() {
        RatingModel strict = RatingModelFixture.small(RatingModelFixture.grades(58, 40, 30), RatingModelFixture.small().dimensionMax());
        Map<String, IndicatorValue> values = bestExcept("INDUSTRY_PROSPERITY=90");
        assertThat(scorer.score(strict, values).grade()).isEqualTo(Grade.B);
        assertThat(scorer.liftOneGrade(strict, values)).isEmpty();
    }

    @Test
    void gradeAHasNothingToLift() {
        assertThat(scorer.liftOneGrade(model, RatingModelFixture.best())).isEmpty();
    }

    @Test
    void aMissingValueCanBeTheChange() {
        Map<String, IndicatorValue> values = bestExcept("INDUSTRY_ENDORSED=", "HIGH_TECH=false");
        assertThat(scorer.score(model, values).grade()).isEqualTo(Grade.B);
        assertThat(scorer.liftOneGrade(model, values)).containsExactly(
                new Change("HIGH_TECH", false, true, new BigDecimal("10.00"), null));
    }

    static Map<String, IndicatorValue> apply(Map<String, IndicatorValue> values, List<Change> changes) {
        Map<String, IndicatorValue> changed = new java.util.HashMap<>(values);
        changes.forEach(change -> RatingModelFixture.put(changed, change.indicator(), change.targetValue() instanceof BigDecimal n
                ? n.toPlainString() : change.targetValue().toString()));
        return changed;
    }
}
