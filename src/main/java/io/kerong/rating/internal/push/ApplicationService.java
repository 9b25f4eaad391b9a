package io.kerong.rating.internal.push;

import io.kerong.identity.Actor;
import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationDirectory;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.EndorsementDecision;
import io.kerong.rating.FinancingApplications;
import io.kerong.rating.IndustryEndorsementDecided;
import io.kerong.rating.PushApplication;
import io.kerong.rating.PushApplication.Channel;
import io.kerong.rating.PushApplicationForm;
import io.kerong.rating.PushList;
import io.kerong.rating.internal.EnterpriseLocks;
import io.kerong.shared.ConflictException;
import io.kerong.shared.Violation;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applications for the financing push and the communities' endorsement; the push list follows every change. */
@Service
class ApplicationService implements FinancingApplications {

    private final JdbcApplications applications;
    private final ApplicationViews views;
    private final OrganizationDirectory organizations;
    private final Callers callers;
    private final PushList pushList;
    private final PushAudit audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final EnterpriseLocks locks;

    ApplicationService(JdbcApplications applications, ApplicationViews views, OrganizationDirectory organizations,
                       Callers callers, PushList pushList, PushAudit audit, Clock clock,
                       ApplicationEventPublisher events, EnterpriseLocks locks) {
        this.applications = applications;
        this.views = views;
        this.organizations = organizations;
        this.callers = callers;
        this.pushList = pushList;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.locks = locks;
    }

    @Override
    public List<IndustryCommunity> communities() {
        return organizations.ofType(OrganizationType.INDUSTRY_COMMUNITY).stream()
                .filter(o -> o.status() == OrganizationStatus.ACTIVE)
                .sorted(Comparator.comparing(Organization::name))
                .map(o -> new IndustryCommunity(o.id(), o.name())).toList();
    }

    @Override
    @Transactional
    public PushApplication apply(Actor actor, PushApplicationForm form) {
        Callers.require(actor, OrganizationType.ENTERPRISE, OrganizationType.OPERATOR);
        List<Violation> violations = PushChecks.application(form);
        Long enterpriseId = applicant(actor, form, violations);
        if (form.communityId() != null && !isActiveCommunity(form.communityId())) {
            violations.add(Violation.of("communityId", "ratingpush.community.unknown"));
        }
        PushChecks.failIfAny(violations);
        // two applications at once (a double click, a client's retry) queue here, so the second finds the first open
        locks.lock(EnterpriseLocks.Purpose.PUSH_APPLICATION, enterpriseId);
        applications.openOf(enterpriseId).ifPresent(open -> {
            throw new ConflictException(Violation.of("communityId", "ratingpush.application.open", open.id()));
        });
        Long enterpriseOrg = views.place(enterpriseId).organizationId();
        Channel channel = actor.isOperator() ? Channel.OPERATOR : Channel.ENTERPRISE;
        PushApplicationForm clean = new PushApplicationForm(enterpriseId, form.communityId(), form.project(),
                PushChecks.yuan(form.amount()), form.purpose(), true);
        long id = applications.insert(enterpriseId, enterpriseOrg, clean, channel, now(), actor.username());
        audit.record(actor.toAuditActor(), PushAudit.APPLICATION, id, enterpriseOrg, "push-application.submitted",
                null, snapshot(applications.find(id).orElseThrow()));
        pushList.refresh(enterpriseId);
        return views.of(actor, applications.find(id).orElseThrow());
    }

    @Override
    @Transactional
    public PushApplication withdraw(Actor actor, long applicationId) {
        Callers.require(actor, OrganizationType.ENTERPRISE, OrganizationType.OPERATOR);
        ApplicationRow before = visible(actor, applications.lock(applicationId).orElseThrow(Callers::notFound));
        if (!before.open()) {
            PushChecks.failIfAny(List.of(Violation.of("status", "ratingpush.withdraw.notOpen")));
        }
        applications.withdraw(applicationId, now(), actor.username());
        return changed(actor, before, "push-application.withdrawn");
    }

    @Override
    @Transactional
    public PushApplication review(Actor actor, long applicationId, EndorsementDecision decision, String reason) {
        Callers.require(actor, OrganizationType.INDUSTRY_COMMUNITY);
        ApplicationRow before = visible(actor, applications.lock(applicationId).orElseThrow(Callers::notFound));
        PushChecks.review(decision, reason);
        if (before.decision() != null || before.withdrawnAt() != null) {
            PushChecks.failIfAny(List.of(Violation.of("decision", "ratingpush.review.closed")));
        }
        applications.decide(applicationId, decision, PushChecks.clean(reason), now(), actor.username());
        events.publishEvent(new IndustryEndorsementDecided(before.enterpriseId(),
                decision == EndorsementDecision.ENDORSED));
        return changed(actor, before, decision == EndorsementDecision.ENDORSED ? "push-application.endorsed"
                : "push-application.rejected");
    }

    @Override
    public List<PushApplication> list(Actor actor) {
        Callers.require(actor, OrganizationType.ENTERPRISE, OrganizationType.INDUSTRY_COMMUNITY,
                OrganizationType.OPERATOR);
        List<ApplicationRow> rows = switch (actor.organizationType()) {
            case ENTERPRISE -> applications.ofEnterprise(callers.enterpriseOf(actor));
            case INDUSTRY_COMMUNITY -> applications.toCommunity(actor.organizationId());
            default -> applications.all();
        };
        return views.of(actor, rows);
    }

    @Override
    public PushApplication find(Actor actor, long applicationId) {
        Callers.require(actor, OrganizationType.ENTERPRISE, OrganizationType.INDUSTRY_COMMUNITY,
                OrganizationType.OPERATOR);
        return views.of(actor, visible(actor, applications.find(applicationId).orElseThrow(Callers::notFound)));
    }

    /** The enterprise applies for itself; the operator names the enterprise it files for. */
    private Long applicant(Actor actor, PushApplicationForm form, List<Violation> violations) {
        if (!actor.isOperator()) {
            return callers.enterpriseOf(actor);
        }
        if (form.enterpriseId() == null) {
            violations.add(Violation.of("enterpriseId", "ratingpush.required"));
            return null;
        }
        if (views.places().of(form.enterpriseId()).isEmpty()) {
            violations.add(Violation.of("enterpriseId", "ratingpush.enterprise.unknown", form.enterpriseId()));
            return null;
        }
        return form.enterpriseId();
    }

    /** The enterprise's own, the community's addressed, anything for the operator; otherwise absent. */
    private ApplicationRow visible(Actor actor, ApplicationRow row) {
        boolean visible = switch (actor.organizationType()) {
            case OPERATOR -> true;
            case ENTERPRISE -> row.enterpriseId() == callers.enterpriseOf(actor);
            case INDUSTRY_COMMUNITY -> row.communityId() == actor.organizationId();
            default -> false;
        };
        if (!visible) {
            throw Callers.notFound();
        }
        return row;
    }

    private PushApplication changed(Actor actor, ApplicationRow before, String action) {
        ApplicationRow after = applications.find(before.id()).orElseThrow();
        audit.record(actor.toAuditActor(), PushAudit.APPLICATION, before.id(), before.enterpriseOrgId(), action,
                snapshot(before), snapshot(after));
        pushList.refresh(before.enterpriseId());
        return views.of(actor, after);
    }

    private boolean isActiveCommunity(long organizationId) {
        return organizations.find(organizationId)
                .filter(o -> o.type() == OrganizationType.INDUSTRY_COMMUNITY && o.status() == OrganizationStatus.ACTIVE)
                .isPresent();
    }

    private static Map<String, Object> snapshot(ApplicationRow row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("enterpriseId", row.enterpriseId());
        map.put("communityId", row.communityId());
        map.put("project", row.project());
        map.put("amount", row.amount());
        map.put("purpose", row.purpose());
        map.put("channel", row.channel());
        map.put("consentedAt", row.consentedAt());
        map.put("status", row.status());
        map.put("decisionReason", row.decisionReason());
        return map;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
