package io.kerong.dashboard.internal;

import io.kerong.enterprise.EvaluationHistory;
import io.kerong.enterprise.StoredEvaluation;
import io.kerong.enterprise.EnterpriseDetails;
import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.enterprise.EnterpriseProfile;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.QualificationStatus;
import io.kerong.enterprise.SupportListDecision;
import io.kerong.identity.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an enterprise sees first (企业首页): how complete its profile is, its latest evaluation, expiring certificates. */
@Service
public class EnterpriseHome {

    /** The enterprise's home page; {@code details} is empty while the registry holds no record for it. */
    public record View(Optional<EnterpriseDetails> details, int completenessPercent, List<String> missingFields,
                       Optional<StoredEvaluation> latestEvaluation, List<QualificationLine> qualifications,
                       Optional<SupportListDecision> lastSupportListDecision, boolean supportListMember) {
    }

    /** A qualification with where it stands today and the days left. */
    public record QualificationLine(Qualification qualification, QualificationStatus status, Long daysLeft) {
        public boolean expiring() {
            return status == QualificationStatus.EXPIRING;
        }
    }

    private final EnterpriseRegistry registry;
    private final EvaluationHistory evaluations;
    private final Clock clock;

    EnterpriseHome(EnterpriseRegistry registry, EvaluationHistory evaluations, Clock clock) {
        this.registry = registry;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public View view(Actor actor) {
        EnterpriseDetails details;
        try {
            details = registry.mine(actor);
        } catch (EnterpriseNotFoundException e) {
            return new View(Optional.empty(), 0, List.of(), Optional.empty(), List.of(), Optional.empty(), false);
        }
        LocalDate today = LocalDate.now(clock);
        List<String> missing = missingFields(details);
        int percent = 100 * (CHECKED_FIELDS - missing.size()) / CHECKED_FIELDS;
        List<QualificationLine> lines = details.qualifications().stream()
                .map(q -> line(q, today))
                .sorted(Comparator.comparing(QualificationLine::status))
                .toList();
        List<SupportListDecision> history = details.supportListHistory();
        return new View(Optional.of(details), percent, missing, evaluations.latest(details.enterprise().id()), lines,
                history.isEmpty() ? Optional.empty() : Optional.of(history.getLast()), details.supportListMember());
    }

    private static final int CHECKED_FIELDS = 12;

    /** Message keys of what is still missing: the ten profile fields, last year's figures and IP holdings. */
    static List<String> missingFields(EnterpriseDetails details) {
        EnterpriseProfile p = details.enterprise().profile();
        Stream<String> profile = Stream.of(
                p.legalRepresentative() == null ? "legalRepresentative" : null,
                p.foundedOn() == null ? "foundedOn" : null,
                p.industrySection() == null ? "industrySection" : null,
                p.highTechField() == null ? "highTechField" : null,
                p.employees() == null ? "employees" : null,
                p.techStaff() == null ? "techStaff" : null,
                p.contactName() == null ? "contactName" : null,
                p.contactPhone() == null ? "contactPhone" : null,
                p.contactEmail() == null ? "contactEmail" : null,
                p.divisionCode() == null ? "divisionCode" : null,
                details.figures().isEmpty() ? "figures" : null,
                details.ipHoldings().quantities().isEmpty() ? "ipHoldings" : null);
        return profile.filter(f -> f != null).map(f -> "dashboard.enterprise.field." + f).toList();
    }

    private static QualificationLine line(Qualification q, LocalDate today) {
        QualificationStatus status = q.statusOn(today);
        Long daysLeft = q.validUntil() == null || !status.valid() ? null
                : java.time.temporal.ChronoUnit.DAYS.between(today, q.validUntil());
        return new QualificationLine(q, status, daysLeft);
    }
}
