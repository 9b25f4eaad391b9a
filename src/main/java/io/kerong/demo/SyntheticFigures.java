package io.kerong.demo;

import io.kerong.demo.SyntheticEnterprise.Figures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Three fiscal years of believable figures: revenue from head count and output per head, growth between −15 % and
 * +45 %, R&D 1–12 % of revenue, costs, assets and taxes in the proportions small tech firms report.
 */
final class SyntheticFigures {

    static final int YEARS = 3;

    private SyntheticFigures() {
    }

    static List<Figures> generate(SplittableRandom random, int employees, int latestFiscalYear) {
        double revenuePerHead = logUniform(random, 200_000, 1_500_000);
        double revenue = Math.max(1, employees) * revenuePerHead;
        double rdShare = 0.01 + random.nextDouble() * 0.11;
        double assetsToRevenue = 0.5 + random.nextDouble() * 1.1;
        double leverage = 0.15 + random.nextDouble() * 0.55;
        double highTechShare = 0.45 + random.nextDouble() * 0.5;
        double growth = -0.15 + random.nextDouble() * 0.6;
        double[] revenues = new double[YEARS];
        revenues[YEARS - 1] = revenue;
        for (int y = YEARS - 2; y >= 0; y--) {
            revenues[y] = revenues[y + 1] / (1 + growth + (random.nextDouble() - 0.5) * 0.1);
        }
        List<Figures> figures = new ArrayList<>(YEARS);
        for (int y = 0; y < YEARS; y++) {
            double r = revenues[y];
            double rd = r * clamp(rdShare + (random.nextDouble() - 0.5) * 0.02, 0.005, 0.14);
            double costs = r * (0.82 + random.nextDouble() * 0.2);
            double assets = r * assetsToRevenue * (0.95 + random.nextDouble() * 0.1);
            figures.add(new Figures(latestFiscalYear - YEARS + 1 + y, yuan(r), yuan(costs), yuan(rd), yuan(assets),
                    yuan(assets * leverage), yuan((r - costs) * 0.85), yuan(r * (0.02 + random.nextDouble() * 0.04)),
                    yuan(r * highTechShare)));
        }
        return figures;
    }

    static double logUniform(SplittableRandom random, double low, double high) {
        return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    /** Rounded to whole fen first, so every amount has scale 2 and no binary fraction leaks into the decimal. */
    private static BigDecimal yuan(double amount) {
        return BigDecimal.valueOf(Math.round(amount * 100), 2);
    }
}
