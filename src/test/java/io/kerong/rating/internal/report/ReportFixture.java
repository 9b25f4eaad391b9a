package io.kerong.rating.internal.report;

import io.kerong.enterprise.EnterpriseCard;
import io.kerong.enterprise.IndustrySection;
import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.QualificationKind;
import io.kerong.rating.Grade;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import io.kerong.rating.ReportGround;
import io.kerong.rating.Score;
import io.kerong.rating.Scorer;
import io.kerong.rating.StoredRating;
import io.kerong.rating.internal.ModelJson;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Reports built from real scoring: the default model and the {@link Scorer}, applied to the values of a believable
 * software company in Chengdu that improves over a year, with the platform's message bundles.
 */
final class ReportFixture {

    static final long ENTERPRISE_ID = 42;
    static final String NAME = "成都锦江矩阵智能科技有限公司";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T02:30:00Z"), ZoneId.of("Asia/Shanghai"));

    final RatingModel model = new ModelJson().defaultModel();
    final Scorer scorer = new Scorer();
    final ResourceBundleMessageSource messages = messages();

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/rating", "i18n/ratingreport", "i18n/enterprise");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return source;
    }

    static EnterpriseCard card() {
        return new EnterpriseCard(ENTERPRISE_ID, "91510104MA6CM0042X", NAME, "四川省成都市锦江区", IndustrySection.I,
                LocalDate.of(2016, 3, 18), List.of(
                        new Qualification(1L, QualificationKind.HIGH_TECH_ENTERPRISE, "GR202351000123",
                                LocalDate.of(2023, 12, 1), LocalDate.of(2026, 11, 30)),
                        new Qualification(2L, QualificationKind.TECH_SME, "2025510104A0001234",
                                LocalDate.of(2025, 4, 1), null),
                        new Qualification(3L, QualificationKind.SPECIALIZED_NEW, "ZJTX-2021-0088",
                                LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31))));
    }

    /** The company's values a year ago: clean records, little R&D, no endorsement yet. */
    Map<String, IndicatorValue> lastYear() {
        return values(0.35);
    }

    /** The company's values today: better R&D and growth. */
    Map<String, IndicatorValue> today() {
        return values(0.62);
    }

    /** Today's values with an unpaid court judgment: 失信被执行人, a knock-out. */
    Map<String, IndicatorValue> knockedOut() {
        Map<String, IndicatorValue> values = new HashMap<>(today());
        values.put("COURT_DISHONEST", IndicatorValue.bool("COURT_DISHONEST", "2026-04", true));
        return values;
    }

    /** Every indicator at the bin, category or answer that reaches {@code share} of its range, worst to best. */
    private Map<String, IndicatorValue> values(double share) {
        return new ValueLadder(model).at(share);
    }

    StoredRating stored(long id, Map<String, IndicatorValue> values, LocalDate asOf, Grade previous) {
        Score score = scorer.score(model, values);
        return new StoredRating(id, ENTERPRISE_ID, model.version(), asOf,
                asOf.atTime(2, 15).atZone(CLOCK.getZone()).toInstant(), StoredRating.Trigger.BATCH, score.grade(),
                previous, score.totalScore(), score.creditLine(), score.dimensions(), score.knockOuts(),
                score.completeness(), values);
    }

    ExplainedRating explain(StoredRating stored) {
        return new ExplainedRating(stored, scorer.score(model, stored.inputs()), model,
                scorer.liftOneGrade(model, stored.inputs()));
    }

    /** Monthly ratings from last year's values to today's, newest first, as the history query returns them. */
    List<StoredRating> history() {
        List<StoredRating> oldestFirst = new ArrayList<>();
        Grade previous = null;
        for (int month = 0; month <= 12; month++) {
            double share = 0.35 + (0.62 - 0.35) * month / 12;
            StoredRating rating = stored(100 + month, values(share), LocalDate.of(2025, 5, 1).plusMonths(month),
                    previous);
            oldestFirst.add(rating);
            previous = rating.grade();
        }
        return new ArrayList<>(oldestFirst).reversed();
    }

    RatingReport report(List<StoredRating> history, Locale locale) {
        StoredRating latest = history.isEmpty() ? null : history.getFirst();
        return new RatingReportAssembler(messages, CLOCK).assemble(card(), ReportGround.standing("OWN", "ratingreport.ground.own"),
                latest == null ? null : explain(latest), history, locale);
    }
}
