package io.kerong.demo.internal;

import io.kerong.demo.SyntheticEnterprise;
import io.kerong.rating.Department;
import io.kerong.rating.Indicator;
import io.kerong.rating.KnockOut;
import io.kerong.rating.RatingModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The department values of one generated enterprise under a model (演示部门数据): about one enterprise in twelve
 * fails one knock-out; the others score by a quality drawn from their profile, half of it chance.
 */
public final class DemoDepartmentValues {

    private final RatingModel model;
    private final Map<String, KnockOut> knockOuts;
    private final List<Indicator> delivered;
    private final Map<Indicator, String> periods;

    public DemoDepartmentValues(RatingModel model, LocalDate today) {
        this.model = model;
        this.knockOuts = model.knockOuts().stream()
                .collect(Collectors.toMap(KnockOut::indicatorCode, Function.identity(), (a, b) -> a));
        this.delivered = model.indicators().stream()
                .filter(i -> i.department() != Department.REGISTRY && i.department() != Department.INDUSTRY_COMMUNITY)
                .toList();
        this.periods = delivered.stream().collect(Collectors.toMap(Function.identity(),
                i -> DemoDepartmentData.period(i.period(), today)));
    }

    /** Receives one delivered value. */
    @FunctionalInterface
    public interface Sink {
        void value(Department department, String indicatorCode, String period, String value);
    }

    /** Every value the departments hold on the enterprise; {@code seed} makes it repeatable. */
    public void forEnterprise(SyntheticEnterprise enterprise, int qualifications, long seed, Sink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        String knockedOn = random.nextDouble() < DemoDepartmentData.KNOCKED_OUT && !model.knockOuts().isEmpty()
                ? model.knockOuts().get(random.nextInt(model.knockOuts().size())).indicatorCode() : null;
        double quality = DemoDepartmentData.quality(new DemoDepartmentData.Profile(enterprise, qualifications), random);
        DemoIndicatorValues values = new DemoIndicatorValues(random, quality);
        for (Indicator indicator : delivered) {
            String value = values.value(indicator, knockOuts.get(indicator.code()), indicator.code().equals(knockedOn));
            if (value != null) {
                sink.value(indicator.department(), indicator.code(), periods.get(indicator), value);
            }
        }
    }
}
