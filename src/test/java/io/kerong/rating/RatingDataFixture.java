package io.kerong.rating;

import io.kerong.identity.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Department data for tests: {@code RatingDataFixture.best(model, uscc, today).deliver(data, operator)} sends, for every
 * indicator a department delivers, the value that earns its most points, so that the enterprise grades well; {@link #with}
 * overrides single values (a knock-out, a worse figure).
 */
public final class RatingDataFixture {

    private final RatingModel model;
    private final String uscc;
    private final LocalDate today;
    private final Map<String, String> values = new java.util.LinkedHashMap<>();

    private RatingDataFixture(RatingModel model, String uscc, LocalDate today) {
        this.model = model;
        this.uscc = uscc;
        this.today = today;
    }

    public static RatingDataFixture best(RatingModel model, String uscc, LocalDate today) {
        RatingDataFixture fixture = new RatingDataFixture(model, uscc, today);
        for (Indicator indicator : model.indicators()) {
            if (delivered(indicator)) {
                fixture.values.put(indicator.code(), bestValue(indicator));
            }
        }
        return fixture;
    }

    public static RatingDataFixture none(RatingModel model, String uscc, LocalDate today) {
        return new RatingDataFixture(model, uscc, today);
    }

    public RatingDataFixture with(String code, String value) {
        values.put(code, value);
        return this;
    }

    /** One batch per department, each with a fresh key. */
    public void deliver(DepartmentData data, Actor operator) {
        Map<Department, List<DeliveredValue>> batches = new EnumMap<>(Department.class);
        values.forEach((code, value) -> {
            Indicator indicator = model.indicator(code).orElseThrow();
            batches.computeIfAbsent(indicator.department(), d -> new ArrayList<>())
                    .add(new DeliveredValue(uscc, code, period(indicator.period()), value));
        });
        batches.forEach((department, list) ->
                data.receive(operator, "TEST-" + UUID.randomUUID(), department, list));
    }

    public String period(Period kind) {
        return switch (kind) {
            case YEARLY -> String.valueOf(today.getYear() - 1);
            case QUARTERLY -> {
                YearMonth q = YearMonth.from(today).minusMonths(3);
                yield q.getYear() + "Q" + ((q.getMonthValue() - 1) / 3 + 1);
            }
            case MONTHLY -> YearMonth.from(today).minusMonths(1).toString();
        };
    }

    private static boolean delivered(Indicator indicator) {
        return indicator.department() != Department.REGISTRY && indicator.department() != Department.INDUSTRY_COMMUNITY;
    }

    private static String bestValue(Indicator indicator) {
        return switch (indicator.scoring()) {
            case BinScoring bins -> {
                Bin best = bins.bins().stream().max(java.util.Comparator.comparing(Bin::points)).orElseThrow();
                BigDecimal value = best.lower() != null ? best.lower() : best.upper().subtract(BigDecimal.ONE);
                yield value.max(BigDecimal.ZERO).toPlainString();
            }
            case CategoryScoring categories -> categories.bestFirst().getFirst();
            case BooleanScoring flag -> flag.whenTrue().compareTo(flag.whenFalse()) >= 0 ? "是" : "否";
        };
    }
}
