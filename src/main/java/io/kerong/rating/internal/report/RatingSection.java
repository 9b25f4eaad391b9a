package io.kerong.rating.internal.report;

import io.kerong.rating.Change;
import io.kerong.rating.CreditLine;
import io.kerong.rating.DimensionScore;
import io.kerong.rating.Grade;
import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorReason;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import io.kerong.rating.StoredRating;
import io.kerong.rating.internal.ValueTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/** The latest rating of the report, explained in words: grade, credit line, dimensions, costs, strengths, lift. */
final class RatingSection {

    /** How many of the indicators that cost the most points the report names. */
    static final int COSTS = 6;
    /** How many indicators at full points the report names. */
    static final int STRENGTHS = 5;

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final MessageSource messages;
    private final Locale locale;
    private final ValueTexts values;
    private final ZoneId zone;

    /** @param zone the platform's time zone, in which the time of rating is shown */
    RatingSection(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.values = new ValueTexts(messages, locale);
        this.zone = zone;
    }

    RatingReport.Rating of(ExplainedRating explained) {
        StoredRating stored = explained.stored();
        RatingModel model = explained.model();
        return new RatingReport.Rating(stored.grade(), stored.totalScore(), model.maxTotal(),
                creditLine(stored.creditLine()), completeness(stored, model), stored.modelVersion(), stored.asOf(),
                stored.ratedAt().atZone(zone).format(RatingReportAssembler.MINUTES),
                stored.dimensions().stream().map(this::axis).toList(), knockOuts(model, stored.knockOuts()),
                costs(explained), strengths(explained), lift(explained));
    }

    String creditLine(CreditLine line) {
        if (line == null || line.min() == null || line.max() == null) {
            return text("ratingreport.creditLine.none");
        }
        return messages.getMessage("ratingreport.creditLine.range", new Object[] {tenThousands(line.min()),
                tenThousands(line.max())}, locale);
    }

    private static String tenThousands(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private String completeness(StoredRating stored, RatingModel model) {
        int size = model.indicators().size();
        int present = stored.completeness().multiply(BigDecimal.valueOf(size)).setScale(0, RoundingMode.HALF_UP)
                .intValue();
        String percent = stored.completeness().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return messages.getMessage("ratingreport.completeness.value", new Object[] {percent, present, size}, locale);
    }

    private RatingReport.Axis axis(DimensionScore dimension) {
        return new RatingReport.Axis(text("rating.dimension." + dimension.code().name()), dimension.score(),
                dimension.max());
    }

    private List<String> knockOuts(RatingModel model, List<String> held) {
        return model.knockOuts().stream().filter(rule -> held.contains(rule.code()))
                .map(rule -> messages.getMessage(rule.messageKey(), null, rule.code(), locale)).toList();
    }

    private List<RatingReport.Cost> costs(ExplainedRating explained) {
        return explained.score().reasons().stream().limit(COSTS)
                .map(reason -> new RatingReport.Cost(reason(explained.model(), reason), reason.lost())).toList();
    }

    private String reason(RatingModel model, IndicatorReason reason) {
        return values.reason(model, reason);
    }

    /** Indicators with a value that earned their full points, the heaviest first. */
    private List<RatingReport.Strength> strengths(ExplainedRating explained) {
        Set<String> belowMax = explained.score().reasons().stream().map(IndicatorReason::indicator)
                .collect(Collectors.toSet());
        var inputs = explained.stored().inputs();
        return explained.model().indicators().stream()
                .filter(i -> !belowMax.contains(i.code()) && present(inputs.get(i.code())))
                .filter(i -> i.scoring().maxPoints().signum() > 0)
                .sorted(Comparator.comparing((Indicator i) -> i.scoring().maxPoints()).reversed())
                .limit(STRENGTHS)
                .map(i -> new RatingReport.Strength(name(i), values.of(i, inputs.get(i.code())),
                        i.scoring().maxPoints()))
                .toList();
    }

    /** The indicator's name in the reader's language: English for English readers, Chinese otherwise. */
    private String name(Indicator indicator) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? indicator.nameEn() : indicator.nameZh();
    }

    private static boolean present(IndicatorValue value) {
        return value != null && !value.isEmpty();
    }

    private RatingReport.Lift lift(ExplainedRating explained) {
        Grade grade = explained.stored().grade();
        if (grade.better().isEmpty()) {
            return new RatingReport.Lift(text("ratingreport.lift.top"), List.of());
        }
        if (explained.lift().isEmpty()) {
            return new RatingReport.Lift(text("ratingreport.lift.none"), List.of());
        }
        String target = text("rating.grade." + grade.better().orElseThrow().name());
        return new RatingReport.Lift(messages.getMessage("ratingreport.lift.target", new Object[] {target}, locale),
                explained.lift().stream().map(change -> change(explained.model(), change)).toList());
    }

    private String change(RatingModel model, Change change) {
        Indicator indicator = model.indicator(change.indicator()).orElseThrow();
        Object[] args = {indicator.nameZh(), indicator.nameEn(), values.ofChange(indicator, change.currentValue()),
                values.ofChange(indicator, change.targetValue()),
                change.pointsGained().stripTrailingZeros().toPlainString()};
        String key = change.clearsKnockOut() != null ? "rating.lift.clearKnockOut" : "rating.lift.change";
        return messages.getMessage(key, args, locale);
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
