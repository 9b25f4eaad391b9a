package io.kerong.rating.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.rating.Change;
import io.kerong.rating.Grade;
import io.kerong.rating.IndicatorReason;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModelFixture;
import io.kerong.rating.Score;
import io.kerong.rating.StoredRating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the report says about a rating made by the real scorer on the default model. */
class RatingReportAssemblerTest {

    private final ReportFixture fixture = new ReportFixture();

    private RatingReport.Rating rated(Map<String, IndicatorValue> values) {
        StoredRating stored = fixture.stored(1, values, LocalDate.of(2026, 5, 19), null);
        return fixture.report(List.of(stored), Locale.SIMPLIFIED_CHINESE).rating();
    }

    @Test
    void theCreditLineOfTheGradeIsShownInTenThousandYuan() {
        Map<String, IndicatorValue> values = fixture.today();
        Score score = fixture.scorer.score(fixture.model, values);
        BigDecimal min = score.creditLine().min().divide(BigDecimal.valueOf(10_000));
        BigDecimal max = score.creditLine().max().divide(BigDecimal.valueOf(10_000));
        assertThat(rated(values).creditLine()).isEqualTo(min.stripTrailingZeros().toPlainString() + "–"
                + max.stripTrailingZeros().toPlainString() + " 万元");
        assertThat(rated(fixture.knockedOut()).creditLine()).isEqualTo("暂无授信额度");
    }

    @Test
    void theCostsAreTheReasonsThatLostTheMostPointsInOrder() {
        Map<String, IndicatorValue> values = fixture.today();
        List<IndicatorReason> reasons = fixture.scorer.score(fixture.model, values).reasons();
        List<RatingReport.Cost> costs = rated(values).costs();
        assertThat(costs).extracting(RatingReport.Cost::lost)
                .containsExactlyElementsOf(reasons.stream().limit(RatingSection.COSTS).map(IndicatorReason::lost).toList());
        assertThat(costs).extracting(RatingReport.Cost::lost).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void aCategoryIsNamedInWordsNotByItsCode() {
        Map<String, IndicatorValue> values = new HashMap<>(new ValueLadder(fixture.model).at(1));
        values.put("IIT_CHAIN_ROLE", IndicatorValue.category("IIT_CHAIN_ROLE", "2025", "NONE"));
        assertThat(rated(values).costs()).extracting(RatingReport.Cost::message)
                .contains("重点产业链地位为 未入链，得 0 分（满分 1 分）");
    }

    @Test
    void aDerivedRatioIsRoundedToTwoDecimals() {
        Map<String, IndicatorValue> values = new HashMap<>(new ValueLadder(fixture.model).at(1));
        values.put("RD_RATIO", IndicatorValue.number("RD_RATIO", "2025", new BigDecimal("3.268106142110371")));
        assertThat(rated(values).costs()).extracting(RatingReport.Cost::message)
                .contains("研发费用占营业收入比例为 3.27%，得 2 分（满分 4 分）");
    }

    @Test
    void strengthsAreIndicatorsWithDataAtFullPointsHeaviestFirst() {
        Map<String, IndicatorValue> values = fixture.today();
        List<String> belowMax = fixture.scorer.score(fixture.model, values).reasons().stream()
                .map(IndicatorReason::indicator).toList();
        List<RatingReport.Strength> strengths = rated(values).strengths();
        assertThat(strengths).hasSize(RatingSection.STRENGTHS);
        assertThat(strengths).extracting(RatingReport.Strength::points).isSortedAccordingTo((a, b) -> b.compareTo(a));
        for (RatingReport.Strength strength : strengths) {
            String code = fixture.model.indicators().stream().filter(i -> i.nameZh().equals(strength.name()))
                    .findFirst().orElseThrow().code();
            assertThat(belowMax).doesNotContain(code);
            assertThat(values).containsKey(code);
        }
    }

    @Test
    void theLiftStepsNameTheNextGradeAndReallyReachIt() {
        Map<String, IndicatorValue> values = fixture.today();
        Grade grade = fixture.scorer.score(fixture.model, values).grade();
        List<Change> changes = fixture.scorer.liftOneGrade(fixture.model, values);
        RatingReport.Lift lift = rated(values).lift();
        assertThat(lift.heading()).isEqualTo("完成以下改进，即可提升至 " + grade.better().orElseThrow() + " 级：");
        assertThat(lift.steps()).hasSameSizeAs(changes).isNotEmpty();
        Map<String, IndicatorValue> improved = new HashMap<>(values);
        changes.forEach(change -> RatingModelFixture.put(improved, change.indicator(),
                change.targetValue() instanceof BigDecimal n ? n.toPlainString() : change.targetValue().toString()));
        assertThat(fixture.scorer.score(fixture.model, improved).grade()).isEqualTo(grade.better().orElseThrow());
    }

    @Test
    void aGradeAHasNothingToLift() {
        RatingReport.Rating best = rated(new ValueLadder(fixture.model).at(1));
        assertThat(best.grade()).isEqualTo(Grade.A);
        assertThat(best.lift().steps()).isEmpty();
        assertThat(best.lift().heading()).startsWith("已是最高等级");
    }

    @Test
    void completenessCountsTheIndicatorsWithData() {
        Map<String, IndicatorValue> values = fixture.today();
        assertThat(rated(values).completeness()).endsWith("（" + values.size() + "/" + fixture.model.indicators().size()
                + " 项指标有数据）");
    }
}
