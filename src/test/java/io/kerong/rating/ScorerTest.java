package io.kerong.rating;

import static io.kerong.rating.RatingModelFixture.bestExcept;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    private final Scorer scorer = new Scorer();
    private final RatingModel model = RatingModelFixture.small();

    private Score score(String... changes) {
        return scorer.score(model, bestExcept(changes));
    }

    private static BigDecimal points(Score score, String indicator) {
        return score.reasons().stream().filter(reason -> reason.indicator().equals(indicator))
                .map(IndicatorReason::points).findFirst().orElse(null);
    }

    @ParameterizedTest(name = "RD_RATIO {0} % earns {1} of 10")
    @CsvSource({"-1, 0", "0, 0", "2.99, 0", "2.999999, 0", "3, 5", "3.00, 5", "3.01, 5", "5.99, 5", "5.999999, 5",
            "6, 10", "6.0000, 10", "100, 10"})
    void binsIncludeTheirLowerBoundAndExcludeTheirUpperBound(String value, int expected) {
        Score score = score("RD_RATIO=" + value);
        assertThat(score.totalScore()).isEqualByComparingTo(BigDecimal.valueOf(50 + expected));
        if (expected < 10) {
            assertThat(points(score, "RD_RATIO")).isEqualByComparingTo(BigDecimal.valueOf(expected));
        } else {
            assertThat(points(score, "RD_RATIO")).isNull();
        }
    }

    @ParameterizedTest(name = "DEBT_RATIO {0} % earns {1} of 5")
    @CsvSource({"0, 5", "39.99, 5", "40, 2.5", "40.00, 2.5", "69.999, 2.5", "70, 0", "150, 0"})
    void lowerIsBetterBinsScoreTheSameWay(String value, String expected) {
        assertThat(score("DEBT_RATIO=" + value).totalScore())
                .isEqualByComparingTo(new BigDecimal("55").add(new BigDecimal(expected)));
    }

    @ParameterizedTest(name = "tax credit grade {0} gives a total of {1}")
    @CsvSource({"A, 60", "B, 58", "M, 56", "C, 52", "D, 50", "X, 56", "a, 56"})
    void categoriesScoreTheirPointsAndAnUnknownCategoryCountsAsMissing(String grade, int total) {
        assertThat(score("TAX_CREDIT_GRADE=" + grade).totalScore()).isEqualByComparingTo(BigDecimal.valueOf(total));
    }

    @ParameterizedTest(name = "{0}={1} gives a total of {2}")
    @CsvSource({"HIGH_TECH, true, 60", "HIGH_TECH, false, 50", "HIGH_TECH, '', 50",
            "COURT_DISHONEST, false, 60", "COURT_DISHONEST, '', 60", "INDUSTRY_ENDORSED, false, 54"})
    void booleansScoreTheirPointsAndMissingScoresTheMissingPoints(String code, String value, int total) {
        assertThat(score(code + "=" + (value == null ? "" : value)).totalScore())
                .isEqualByComparingTo(BigDecimal.valueOf(total));
    }

    @Test
    void missingValuesScoreTheirMissingPointsNeutralOrZero() {
        Score score = score("TAX_CREDIT_GRADE=", "DEBT_RATIO=");
        assertThat(score.totalScore()).isEqualByComparingTo("51");
        assertThat(points(score, "TAX_CREDIT_GRADE")).isEqualByComparingTo("6");
        assertThat(points(score, "DEBT_RATIO")).isEqualByComparingTo("0");
        assertThat(score.reasons().getFirst().messageKey()).isEqualTo("rating.reason.missing");
    }

    @Test
    void aValueOfTheWrongTypeCountsAsMissing() {
        Score score = score("HIGH_TECH=A", "TAX_CREDIT_GRADE=3");
        assertThat(score.totalScore()).isEqualByComparingTo("46");
        assertThat(score.completeness()).isEqualByComparingTo("0.75");
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "                                              | 60.00 | A",
            "HIGH_TECH=false                               | 50.00 | A",
            "HIGH_TECH=false,DEBT_RATIO=50                 | 47.50 | B",
            "HIGH_TECH=false,RD_RATIO=2                    | 40.00 | B",
            "HIGH_TECH=false,RD_RATIO=2,DEBT_RATIO=50      | 37.50 | C",
            "HIGH_TECH=false,RD_RATIO=2,REVENUE_GROWTH=-1  | 30.00 | C",
            "HIGH_TECH=false,RD_RATIO=2,REVENUE_GROWTH=-1,DEBT_RATIO=50 | 27.50 | D"})
    void gradesFollowTheCutOffsWithTheCutOffItselfInTheBetterGrade(String changes, String total, Grade grade) {
        Score score = score(changes == null ? new String[0] : changes.split(","));
        assertThat(score.totalScore()).isEqualTo(new BigDecimal(total));
        assertThat(score.grade()).isEqualTo(grade);
        assertThat(score.creditLine()).isEqualTo(model.band(grade).orElseThrow().creditLine());
        assertThat(score.knockOuts()).isEmpty();
    }

    @ParameterizedTest(name = "{0} knocks out {1}")
    @CsvSource({"COURT_DISHONEST=true, KO_COURT", "TAX_CREDIT_GRADE=D, KO_TAX_D"})
    void aKnockOutForcesGradeDWhateverTheScore(String change, String knockOut) {
        Score score = score(change);
        assertThat(score.totalScore()).isGreaterThanOrEqualTo(new BigDecimal("50"));
        assertThat(score.grade()).isEqualTo(Grade.D);
        assertThat(score.creditLine()).isEqualTo(CreditLine.NONE);
        assertThat(score.knockOuts()).containsExactly(knockOut);
    }

    @Test
    void everyKnockOutThatHoldsIsListed() {
        assertThat(score("COURT_DISHONEST=true", "TAX_CREDIT_GRADE=D").knockOuts()).containsExactly("KO_COURT", "KO_TAX_D");
    }

    @Test
    void aMissingValueNeverTriggersAKnockOut() {
        assertThat(score("COURT_DISHONEST=", "TAX_CREDIT_GRADE=").knockOuts()).isEmpty();
    }

    @ParameterizedTest(name = "{0} of 8 indicators → {1}")
    @CsvSource({"0, 0.0000", "3, 0.3750", "6, 0.7500", "8, 1.0000"})
    void completenessIsTheShareOfIndicatorsWithAValue(int present, String completeness) {
        Map<String, IndicatorValue> values = RatingModelFixture.best();
        List<String> codes = model.indicators().stream().map(Indicator::code).toList();
        codes.subList(present, codes.size()).forEach(values::remove);
        assertThat(scorer.score(model, values).completeness()).isEqualTo(new BigDecimal(completeness));
    }

    @Test
    void dimensionScoresAreCappedAtTheDimensionMaximum() {
        RatingModel capped = RatingModelFixture.small(RatingModelFixture.grades(50, 40, 30), Map.of(Dimension.RISK,
                BigDecimal.valueOf(20), Dimension.INNOVATION, BigDecimal.valueOf(15), Dimension.GROWTH, BigDecimal.TEN,
                Dimension.INDUSTRY_CHAIN, BigDecimal.TEN));
        Score score = scorer.score(capped, RatingModelFixture.best());
        assertThat(score.totalScore()).isEqualByComparingTo("55");
        assertThat(score.dimensions()).contains(new DimensionScore(Dimension.INNOVATION, new BigDecimal("15.00"),
                new BigDecimal("15.00")));
    }

    @Test
    void reasonsListEveryIndicatorBelowItsMaximumMostPointsLostFirst() {
        Score score = score("TAX_CREDIT_GRADE=C", "INDUSTRY_ENDORSED=", "DEBT_RATIO=50");
        assertThat(score.reasons()).extracting(IndicatorReason::indicator)
                .containsExactly("TAX_CREDIT_GRADE", "INDUSTRY_ENDORSED", "DEBT_RATIO");
        assertThat(score.reasons()).extracting(IndicatorReason::lost)
                .containsExactly(new BigDecimal("8.00"), new BigDecimal("6.00"), new BigDecimal("2.50"));
    }

    @Test
    void reasonsReadAsPlainChineseAndEnglish() throws Exception {
        Score score = score("TAX_CREDIT_GRADE=C", "INDUSTRY_ENDORSED=", "DEBT_RATIO=50", "HIGH_TECH=false");
        assertThat(render(score, "zh_CN")).containsExactly("高新技术企业：否，得 0 分（满分 10 分）",
                "纳税信用等级为 C，得 2 分（满分 10 分）", "获产业认定暂无数据，得 0 分（满分 6 分）",
                "资产负债率为 50%，得 2.5 分（满分 5 分）");
        assertThat(render(score, "en").get(1)).isEqualTo("tax_credit_grade is C: 2 of 10 points");
    }

    private static List<String> render(Score score, String locale) throws Exception {
        Properties bundle = new Properties();
        try (var in = ScorerTest.class.getResourceAsStream("/i18n/rating_" + locale + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return score.reasons().stream()
                .map(reason -> MessageFormat.format(bundle.getProperty(reason.messageKey()), reason.args())).toList();
    }
}
