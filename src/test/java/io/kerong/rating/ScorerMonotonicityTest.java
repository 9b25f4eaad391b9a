package io.kerong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.rating.internal.ModelJson;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: with any other values, raising a HIGHER_BETTER numeric indicator (or lowering a LOWER_BETTER one) never
 * lowers the total. Seeded, so a failure is reproducible; 20,000 random enterprises on the default model.
 */
class ScorerMonotonicityTest {

    private static final long SEED = 20250917L;

    private final RatingModel model = new ModelJson().defaultModel();
    private final Scorer scorer = new Scorer();
    private final Random random = new Random(SEED);

    @Test
    void improvingAnIndicatorInItsDirectionNeverLowersTheTotal() {
        List<Indicator> numeric = model.indicators().stream()
                .filter(indicator -> indicator.scoring() instanceof BinScoring && indicator.direction() != Direction.NEUTRAL)
                .toList();
        assertThat(numeric).hasSizeGreaterThan(40);
        for (int run = 0; run < 20_000; run++) {
            Map<String, IndicatorValue> values = SyntheticValues.random(model, random);
            Indicator indicator = numeric.get(random.nextInt(numeric.size()));
            BigDecimal before = values.containsKey(indicator.code()) && values.get(indicator.code()).number() != null
                    ? values.get(indicator.code()).number() : SyntheticValues.number(indicator, random);
            BigDecimal step = BigDecimal.valueOf(random.nextInt(5000), 2);
            BigDecimal after = indicator.direction() == Direction.HIGHER_BETTER ? before.add(step) : before.subtract(step);
            Map<String, IndicatorValue> lower = new HashMap<>(values);
            lower.put(indicator.code(), IndicatorValue.number(indicator.code(), "2025", before));
            Map<String, IndicatorValue> higher = new HashMap<>(values);
            higher.put(indicator.code(), IndicatorValue.number(indicator.code(), "2025", after));
            assertThat(scorer.score(model, higher).totalScore())
                    .as("seed %d run %d: %s from %s to %s", SEED, run, indicator.code(), before, after)
                    .isGreaterThanOrEqualTo(scorer.score(model, lower).totalScore());
        }
    }
}
