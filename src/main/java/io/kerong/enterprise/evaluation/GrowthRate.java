package io.kerong.enterprise.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * Growth indicators (成长性指标) of the high-tech enterprise assessment: rate = ½ × (y2/y1 + y3/y2) − 1.
 * The band is decided exactly: rate ≥ b ⇔ (y2² + y1·y3) / (2·y1·y2) ≥ 1 + b, for positive y1 and y2.
 */
final class GrowthRate {

    static final BandTable<GrowthBand> BANDS = BandTable.of(
            Band.atLeast("1.35", GrowthBand.A), Band.atLeast("1.25", GrowthBand.B), Band.atLeast("1.15", GrowthBand.C),
            Band.atLeast("1.05", GrowthBand.D), Band.above("1", GrowthBand.E));

    private GrowthRate() {
    }

    static GrowthIndicator of(List<FiscalYearFigures> years, Function<FiscalYearFigures, BigDecimal> figure) {
        if (years.size() < HighTechPrecheckInput.MAX_YEARS) {
            return notComputable(Reason.of("evaluation.highTech.growth.fewerThanThreeYears", years.size()));
        }
        for (FiscalYearFigures base : years.subList(0, 2)) {
            if (figure.apply(base).signum() <= 0) {
                return notComputable(Reason.of("evaluation.highTech.growth.nonPositiveBase", String.valueOf(base.fiscalYear())));
            }
        }
        BigDecimal y1 = figure.apply(years.get(0));
        BigDecimal y2 = figure.apply(years.get(1));
        BigDecimal y3 = figure.apply(years.get(2));
        BigDecimal numerator = y2.multiply(y2).add(y1.multiply(y3));
        BigDecimal denominator = BigDecimal.TWO.multiply(y1).multiply(y2);
        GrowthBand band = BANDS.bandOf(numerator, denominator).map(Band::grade).orElse(GrowthBand.F);
        BigDecimal rate = numerator.subtract(denominator).divide(denominator, 4, RoundingMode.HALF_UP);
        Reason reason = Reason.of("evaluation.highTech.growth.band", Percent.of(rate), band.name(),
                band.minPoints(), band.maxPoints());
        return new GrowthIndicator(rate, band, band.minPoints(), band.maxPoints(), reason);
    }

    private static GrowthIndicator notComputable(Reason reason) {
        return new GrowthIndicator(null, null, 0, 0, reason);
    }
}
