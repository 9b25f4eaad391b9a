package io.kerong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.rating.internal.ModelJson;
import io.kerong.rating.internal.ModelValidator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DefaultModelTest {

    private final ModelJson json = new ModelJson();
    private final RatingModel model = json.defaultModel();
    private final Scorer scorer = new Scorer();

    @Test
    void theDefaultModelLoadsAndValidates() {
        assertThat(new ModelValidator().problems(model)).isEmpty();
        assertThat(model.indicators()).hasSizeBetween(95, 110);
        assertThat(model.maxTotal()).isEqualByComparingTo("100");
        assertThat(model.minimumPushGrade()).isEqualTo(Grade.C);
        assertThat(model.endorsementRequired()).isTrue();
    }

    @Test
    void itDrawsOnAtLeastFourteenGovernmentDepartmentsInFourDimensions() {
        Set<Department> departments = model.indicators().stream().map(Indicator::department).collect(Collectors.toSet());
        departments.removeAll(EnumSet.of(Department.REGISTRY, Department.INDUSTRY_COMMUNITY));
        assertThat(departments).hasSizeGreaterThanOrEqualTo(14);
        assertThat(model.indicators().stream().map(Indicator::dimension).distinct()).hasSize(4);
    }

    @Test
    void theRegistryDerivedIndicatorsAndTheEndorsementAreThere() {
        for (String code : List.of("RD_RATIO", "TECH_STAFF_SHARE", "REVENUE_GROWTH", "NET_ASSET_GROWTH",
                "INVENTION_PATENTS_PER_100", "TECH_SME_QUALIFIED", "HIGH_TECH_CERTIFIED", "SPECIALIZED_NEW",
                "LITTLE_GIANT", "CLASS1_IP_COUNT", "CLASS2_IP_COUNT", "EMPLOYEES", "REVENUE")) {
            assertThat(model.indicator(code)).as(code).get().extracting(Indicator::department).isEqualTo(Department.REGISTRY);
        }
        Indicator endorsed = model.indicator("INDUSTRY_ENDORSED").orElseThrow();
        assertThat(endorsed.department()).isEqualTo(Department.INDUSTRY_COMMUNITY);
        assertThat(endorsed.dimension()).isEqualTo(Dimension.INDUSTRY_CHAIN);
    }

    @Test
    void gradesAndCreditLinesAreTheDocumentedOnes() {
        assertThat(model.band(Grade.A).orElseThrow().creditLine())
                .isEqualTo(new CreditLine(new BigDecimal("5000000"), new BigDecimal("10000000")));
        assertThat(model.band(Grade.B).orElseThrow().creditLine())
                .isEqualTo(new CreditLine(new BigDecimal("3000000"), new BigDecimal("5000000")));
        assertThat(model.band(Grade.C).orElseThrow().creditLine())
                .isEqualTo(new CreditLine(new BigDecimal("1000000"), new BigDecimal("3000000")));
        assertThat(model.band(Grade.D).orElseThrow().creditLine()).isEqualTo(CreditLine.NONE);
    }

    @Test
    void everyIndicatorScoresItsMaximumWithItsBestValue() {
        Map<String, IndicatorValue> best = new HashMap<>();
        model.indicators().forEach(indicator -> best.put(indicator.code(), bestValue(indicator)));
        Score score = scorer.score(model, best);
        assertThat(score.reasons()).isEmpty();
        assertThat(score.totalScore()).isEqualByComparingTo("100");
        assertThat(score.completeness()).isEqualByComparingTo("1");
        assertThat(score.grade()).isEqualTo(Grade.A);
    }

    @Test
    void withNoDataAtAllOnlyTheCleanRecordPointsRemain() {
        Score score = scorer.score(model, Map.of());
        assertThat(score.completeness()).isEqualByComparingTo("0");
        assertThat(score.grade()).isEqualTo(Grade.D);
        assertThat(score.reasons()).hasSizeLessThan(model.indicators().size());
    }

    @Test
    void theKnockOutsNamedInTheIssueAreInTheModel() {
        assertThat(model.knockOuts()).extracting(KnockOut::indicatorCode).contains("COURT_DISHONEST",
                "TAX_MAJOR_VIOLATION", "TAX_ARREARS_AMOUNT", "ENV_SERIOUS_PENALTY", "MR_ABNORMAL_OPERATION",
                "MR_SERIOUS_DISHONEST_LIST");
    }

    @Test
    void theModelSurvivesAJsonRoundTrip() {
        String written = json.write(model);
        assertThat(json.read(written)).isEqualTo(model);
        assertThat(json.write(json.read(written))).isEqualTo(written);
    }

    @Test
    void theDocumentationListsEveryIndicatorAndKnockOut() throws IOException {
        String docs = Files.readString(Path.of("docs/rating-default-model.md"));
        model.indicators().forEach(indicator -> assertThat(docs).contains("`" + indicator.code() + "`"));
        model.knockOuts().forEach(rule -> assertThat(docs).contains("`" + rule.code() + "`"));
    }

    static IndicatorValue bestValue(Indicator indicator) {
        return switch (indicator.scoring()) {
            case BinScoring bins -> {
                Bin best = bins.bins().stream().max(java.util.Comparator.comparing(Bin::points)).orElseThrow();
                BigDecimal value = best.lower() != null ? best.lower() : best.upper().subtract(BigDecimal.ONE);
                yield IndicatorValue.number(indicator.code(), "2025", value);
            }
            case CategoryScoring categories -> IndicatorValue.category(indicator.code(), "2025",
                    categories.points().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
            case BooleanScoring flag -> IndicatorValue.bool(indicator.code(), "2025",
                    flag.whenTrue().compareTo(flag.whenFalse()) > 0);
        };
    }
}
