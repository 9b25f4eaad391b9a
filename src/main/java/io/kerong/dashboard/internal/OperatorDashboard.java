package io.kerong.dashboard.internal;

import io.kerong.dashboard.internal.OperatorFigures.Count;
import io.kerong.dashboard.internal.OperatorFigures.Region;
import io.kerong.enterprise.EnterpriseStatistics;
import io.kerong.enterprise.EnterpriseStatistics.EvaluationPassRate;
import io.kerong.enterprise.EnterpriseStatistics.RegionCount;
import io.kerong.enterprise.QualificationKind;
import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationDirectory;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.OrganizationType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the operator's dashboard figures from the registry statistics, in one read-only snapshot. */
@Service
public class OperatorDashboard {

    static final String SUPPORT_LIST = "SUPPORT_LIST";

    private final EnterpriseStatistics statistics;
    private final OrganizationDirectory organizations;
    private final MessageSource messages;
    private final Clock clock;

    OperatorDashboard(EnterpriseStatistics statistics, OrganizationDirectory organizations,
                      MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.organizations = organizations;
        this.messages = messages;
        this.clock = clock;
    }

    /** Repeatable read: every figure comes from the same snapshot, so the totals agree with each other. */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public OperatorFigures figures(Actor actor, Locale locale) {
        if (!actor.isOperator()) {
            throw new AccessDeniedException("the registry dashboard is the operator's");
        }
        LocalDate today = LocalDate.now(clock);
        List<Region> provinces = statistics.byProvince().stream().map(OperatorDashboard::region).toList();
        Map<String, List<Region>> cities = new LinkedHashMap<>();
        provinces.forEach(p -> cities.put(p.code(),
                statistics.byCity(p.code()).stream().map(OperatorDashboard::region).toList()));
        List<Count> industries = new ArrayList<>();
        statistics.byIndustry().forEach((section, n) -> industries.add(
                new Count(section.name(), label(section.messageKey(), section.chineseName(), locale), n)));
        List<Count> qualifications = new ArrayList<>();
        Map<QualificationKind, Long> valid = statistics.byQualification(today);
        for (QualificationKind kind : QualificationKind.values()) {
            qualifications.add(new Count(kind.name(), label(kind.messageKey(), kind.chineseName(), locale),
                    valid.getOrDefault(kind, 0L)));
        }
        qualifications.add(new Count(SUPPORT_LIST, label("dashboard.operator.supportList", "科创企业支持名单", locale),
                statistics.supportListMembers()));
        EvaluationPassRate pass = statistics.evaluationPassRate();
        return new OperatorFigures(today, statistics.total(), provinces, cities, industries, qualifications,
                new OperatorFigures.Evaluation(pass.evaluated(), pass.qualified(), pass.rate()),
                pendingRegistrations());
    }

    private long pendingRegistrations() {
        return organizations.count(OrganizationType.ENTERPRISE, OrganizationStatus.PENDING);
    }

    private String label(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private static Region region(RegionCount r) {
        return new Region(r.divisionCode(), r.name(), r.enterprises());
    }
}
