package io.kerong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.rating.internal.ModelValidator;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelValidatorTest {

    private final ModelValidator validator = new ModelValidator();

    @Test
    void theFixtureModelIsValid() {
        assertThat(validator.problems(RatingModelFixture.small())).isEmpty();
    }

    static Stream<Arguments> brokenModels() {
        return Stream.of(
                Arguments.of("duplicate code", indicators(list -> { list.add(list.get(0)); return list; }),
                        "indicators[8].code", "rating.model.code.duplicate"),
                Arguments.of("lower-case code", indicator(0, i -> rename(i, "tax")), "indicators[0].code", "rating.model.code.invalid"),
                Arguments.of("overlapping bins", bins(3, new Bin(null, new BigDecimal("3"), BigDecimal.ZERO),
                        new Bin(new BigDecimal("2"), null, BigDecimal.TEN)), "indicators[3].scoring.bins[1]", "rating.model.bins.overlap"),
                Arguments.of("gap between bins", bins(3, new Bin(null, new BigDecimal("3"), BigDecimal.ZERO),
                        new Bin(new BigDecimal("4"), null, BigDecimal.TEN)), "indicators[3].scoring.bins[1]", "rating.model.bins.gap"),
                Arguments.of("bins out of order", bins(3, new Bin(new BigDecimal("6"), null, BigDecimal.TEN),
                        new Bin(null, new BigDecimal("6"), BigDecimal.ZERO)), "indicators[3].scoring.bins[1]", "rating.model.bins.unbounded"),
                Arguments.of("empty bin", bins(3, new Bin(null, new BigDecimal("3"), BigDecimal.ZERO),
                        new Bin(new BigDecimal("3"), new BigDecimal("3"), BigDecimal.ONE), new Bin(new BigDecimal("3"), null, BigDecimal.TEN)),
                        "indicators[3].scoring.bins[1]", "rating.model.bin.empty"),
                Arguments.of("three decimals", bins(3, new Bin(null, null, new BigDecimal("10.005"))),
                        "indicators[3].scoring.bins[0].points", "rating.model.points.invalid"),
                Arguments.of("negative points", bins(3, new Bin(null, null, new BigDecimal("-1"))),
                        "indicators[3].scoring.bins[0].points", "rating.model.points.invalid"),
                Arguments.of("points above the dimension", dimension(Dimension.INNOVATION, "9"),
                        "indicators[3].scoring", "rating.model.points.aboveDimension"),
                Arguments.of("dimension out of reach", dimension(Dimension.GROWTH, "11"),
                        "dimensionMax.GROWTH", "rating.model.dimension.unreachable"),
                Arguments.of("cut-offs not descending", grades(RatingModelFixture.grades(50, 50, 30)),
                        "grades[1].minScore", "rating.model.grades.notDescending"),
                Arguments.of("cut-off out of reach", grades(RatingModelFixture.grades(61, 40, 30)),
                        "grades", "rating.model.grades.unreachable"),
                Arguments.of("grade missing", grades(RatingModelFixture.grades(50, 40, 30).subList(0, 3)),
                        "grades", "rating.model.grades.incomplete"),
                Arguments.of("credit line upside down", grades(List.of(
                        new GradeBand(Grade.A, new BigDecimal("50"), new BigDecimal("9"), new BigDecimal("1")),
                        RatingModelFixture.grades(50, 40, 30).get(1), RatingModelFixture.grades(50, 40, 30).get(2),
                        RatingModelFixture.grades(50, 40, 30).get(3))), "grades[0]", "rating.model.creditLine.invalid"),
                Arguments.of("knock-out on unknown indicator", knockOut(new KnockOut("KO_X", "NOPE", "true", "k")),
                        "knockOuts[2].indicatorCode", "rating.model.knockOut.unknownIndicator"),
                Arguments.of("knock-out condition of the wrong type", knockOut(new KnockOut("KO_X", "RD_RATIO", "in A", "k")),
                        "knockOuts[2].condition", "rating.model.knockOut.condition"),
                Arguments.of("knock-out on an unknown category", knockOut(new KnockOut("KO_X", "TAX_CREDIT_GRADE", "in E", "k")),
                        "knockOuts[2].condition", "rating.model.knockOut.condition"),
                Arguments.of("wrong scoring kind", indicator(4, i -> new Indicator(i.code(), i.nameZh(), i.nameEn(),
                        i.dimension(), i.department(), i.unit(), IndicatorType.NUMBER, i.direction(), i.period(), i.scoring())),
                        "indicators[4].scoring", "rating.model.scoring.wrongKind"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenModels")
    void eachProblemIsNamedWithItsField(String problem, RatingModel model, String field, String messageKey) {
        assertThat(validator.problems(model)).extracting(Violation::field, Violation::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(field, messageKey));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        RatingModel model = grades(RatingModelFixture.grades(50, 50, 70));
        RatingModel worse = new RatingModel(0, 1, ModelStatus.DRAFT, " ", model.indicators(), model.dimensionMax(),
                model.grades(), model.knockOuts(), null, true, null);
        assertThat(validator.problems(worse)).extracting(Violation::field)
                .contains("name", "grades[1].minScore", "grades[2].minScore", "minimumPushGrade");
    }

    private static RatingModel with(List<Indicator> indicators, Map<Dimension, BigDecimal> max, List<GradeBand> grades,
                                    List<KnockOut> knockOuts) {
        return new RatingModel(0, 1, ModelStatus.DRAFT, "x", indicators, max, grades, knockOuts, Grade.C, true, null);
    }

    private static RatingModel indicators(UnaryOperator<List<Indicator>> change) {
        RatingModel base = RatingModelFixture.small();
        return with(change.apply(new ArrayList<>(base.indicators())), base.dimensionMax(), base.grades(), base.knockOuts());
    }

    private static RatingModel indicator(int index, UnaryOperator<Indicator> change) {
        return indicators(list -> { list.set(index, change.apply(list.get(index))); return list; });
    }

    private static RatingModel bins(int index, Bin... bins) {
        return indicator(index, i -> new Indicator(i.code(), i.nameZh(), i.nameEn(), i.dimension(), i.department(),
                i.unit(), i.type(), i.direction(), i.period(), new BinScoring(List.of(bins), BigDecimal.ZERO)));
    }

    private static Indicator rename(Indicator i, String code) {
        return new Indicator(code, i.nameZh(), i.nameEn(), i.dimension(), i.department(), i.unit(), i.type(),
                i.direction(), i.period(), i.scoring());
    }

    private static RatingModel dimension(Dimension dimension, String max) {
        RatingModel base = RatingModelFixture.small();
        Map<Dimension, BigDecimal> maxima = new EnumMap<>(base.dimensionMax());
        maxima.put(dimension, new BigDecimal(max));
        return with(base.indicators(), maxima, base.grades(), base.knockOuts());
    }

    private static RatingModel grades(List<GradeBand> grades) {
        RatingModel base = RatingModelFixture.small();
        return with(base.indicators(), base.dimensionMax(), grades, base.knockOuts());
    }

    private static RatingModel knockOut(KnockOut extra) {
        RatingModel base = RatingModelFixture.small();
        List<KnockOut> rules = new ArrayList<>(base.knockOuts());
        rules.add(extra);
        return with(base.indicators(), base.dimensionMax(), base.grades(), rules);
    }
}
