package io.kerong.rating.internal.report;

import io.kerong.enterprise.EnterpriseCard;
import io.kerong.enterprise.Qualification;
import io.kerong.rating.ReportGround;
import io.kerong.rating.StoredRating;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the rating report together: the enterprise's facts, the ground the viewer sees it on, the latest rating
 * explained and the history of grades, every text resolved in the reader's language.
 */
@Component
public class RatingReportAssembler {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Clock clock;

    public RatingReportAssembler(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param ground  the ground the reader sees the report on, worded in the report (with its date, for a ground kept
     *                for the reader's records)
     * @param latest  the newest rating the ground shows, explained; null when there is none
     * @param history the stored ratings the ground shows, newest first
     */
    public RatingReport assemble(EnterpriseCard card, ReportGround ground, ExplainedRating latest,
                                 List<StoredRating> history, Locale locale) {
        RatingReport.Rating rating = latest == null ? null
                : new RatingSection(messages, locale, clock.getZone()).of(latest);
        List<RatingReport.CutOff> cutOffs = latest == null ? List.of() : latest.model().grades().stream()
                .filter(band -> band.minScore().signum() > 0)
                .map(band -> new RatingReport.CutOff(band.grade(), band.minScore())).toList();
        String groundText = messages.getMessage(ground.messageKey(), ground.args().toArray(), ground.messageKey(),
                locale);
        return new RatingReport(facts(card, locale), groundText, rating,
                GradeHistory.chartPoints(history), GradeHistory.changes(history), cutOffs,
                LocalDateTime.now(clock).format(MINUTES));
    }

    private RatingReport.Facts facts(EnterpriseCard card, Locale locale) {
        String unknown = messages.getMessage("ratingreport.unknown", null, locale);
        LocalDate today = LocalDate.now(clock);
        List<String> qualifications = card.qualifications().stream().filter(q -> q.validOn(today))
                .sorted(Comparator.comparing(Qualification::kind)).map(q -> qualification(q, locale)).toList();
        return new RatingReport.Facts(card.id(), card.name(), card.uscc(),
                card.divisionName() == null ? unknown : card.divisionName(),
                card.industrySection() == null ? unknown
                        : messages.getMessage(card.industrySection().messageKey(), null, locale),
                card.foundedOn() == null ? unknown : card.foundedOn().toString(), qualifications);
    }

    private String qualification(Qualification q, Locale locale) {
        String name = messages.getMessage(q.kind().messageKey(), null, locale);
        return q.validUntil() == null ? messages.getMessage("ratingreport.qualification.open", new Object[] {name}, locale)
                : messages.getMessage("ratingreport.qualification.until", new Object[] {name, q.validUntil().toString()},
                locale);
    }
}
