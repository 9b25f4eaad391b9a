package io.kerong.enterprise.evaluation;

import static io.kerong.enterprise.evaluation.HighTechFixture.enterpriseWithoutYears;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Growth indicators: ½ × (y2/y1 + y3/y2) − 1, banded exactly. */
class HighTechGrowthTest {

    @Test
    void netAssetsFrom1000To1300To1690GrowExactly30PercentInBandB() {
        GrowthIndicator growth = enterpriseWithoutYears()
                .growthYear(2022, "100", "1000").growthYear(2023, "100", "1300").growthYear(2024, "100", "1690")
                .precheck().netAssetGrowth();
        assertThat(growth.rate()).isEqualTo(new BigDecimal("0.3000"));
        assertThat(growth.band()).isEqualTo(GrowthBand.B);
        assertThat(growth.minPoints()).isEqualTo(7);
        assertThat(growth.maxPoints()).isEqualTo(8);
        assertThat(growth.reason()).isEqualTo(Reason.of("evaluation.highTech.growth.band",
                new BigDecimal("30.0000"), "B", 7, 8));
    }

    @ParameterizedTest(name = "{0} → {1} → {2}: band {3}")
    @CsvSource({
            "100, 135, 182.25, A, 0.3500",
            "100, 135, 182.24, B, 0.3500",
            "100, 125, 156.25, B, 0.2500",
            "100, 125, 156.24, C, 0.2500",
            "100, 115, 132.25, C, 0.1500",
            "100, 115, 132.24, D, 0.1500",
            "100, 105, 110.25, D, 0.0500",
            "100, 105, 110.24, E, 0.0500",
            "100, 100, 100.01, E, 0.0001",
            "100, 100, 100, F, 0.0000",
            "100, 90, 50, F, -0.2722",
            "100, 200, 0, F, 0.0000"})
    void growthBandsAreDecidedOnTheExactRate(String y1, String y2, String y3, GrowthBand band, String displayedRate) {
        GrowthIndicator growth = enterpriseWithoutYears()
                .growthYear(2022, y1, "1").growthYear(2023, y2, "1").growthYear(2024, y3, "1")
                .precheck().revenueGrowth();
        assertThat(growth.band()).isEqualTo(band);
        assertThat(growth.rate()).isEqualTo(new BigDecimal(displayedRate));
        assertThat(growth.minPoints()).isEqualTo(band.minPoints());
        assertThat(growth.maxPoints()).isEqualTo(band.maxPoints());
    }

    @Test
    void fewerThanThreeYearsScoreZeroWithAReason() {
        GrowthIndicator growth = enterpriseWithoutYears().growthYear(2023, "100", "100").growthYear(2024, "200", "200")
                .precheck().revenueGrowth();
        assertThat(growth.rate()).isNull();
        assertThat(growth.band()).isNull();
        assertThat(growth.maxPoints()).isZero();
        assertThat(growth.reason()).isEqualTo(Reason.of("evaluation.highTech.growth.fewerThanThreeYears", 2));
    }

    @Test
    void aNonPositiveBaseYearScoresZeroWithAReason() {
        HighTechPrecheckResult result = enterpriseWithoutYears()
                .growthYear(2022, "100", "-10").growthYear(2023, "200", "100").growthYear(2024, "300", "200")
                .precheck();
        assertThat(result.netAssetGrowth().band()).isNull();
        assertThat(result.netAssetGrowth().maxPoints()).isZero();
        assertThat(result.netAssetGrowth().reason())
                .isEqualTo(Reason.of("evaluation.highTech.growth.nonPositiveBase", "2022"));
        assertThat(result.revenueGrowth().band()).isEqualTo(GrowthBand.A);
    }

    @Test
    void aZeroMiddleYearIsANonPositiveBase() {
        GrowthIndicator growth = enterpriseWithoutYears()
                .growthYear(2022, "100", "1").growthYear(2023, "0", "1").growthYear(2024, "300", "1")
                .precheck().revenueGrowth();
        assertThat(growth.reason()).isEqualTo(Reason.of("evaluation.highTech.growth.nonPositiveBase", "2023"));
    }
}
