package io.kerong.identity.internal;

import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.identity.Actor;
import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.OrganizationStatusChanged;
import io.kerong.identity.OrganizationType;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 机构管理 by the operator: review self-registered enterprises, open other organizations, suspend and reactivate. */
@Service
public class OrganizationAdministration {

    private final Organizations organizations;
    private final OrganizationFounding founding;
    private final Users users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OrganizationAdministration(Organizations organizations, OrganizationFounding founding, Users users,
                               AuditTrail audit,
                               ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.founding = founding;
        this.users = users;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Organization> list(Actor actor, OrganizationType type, OrganizationStatus status) {
        Guards.requireOperator(actor);
        return organizations.list(type, status);
    }

    /** The operator sees every organization; anyone else only their own, and others appear not to exist. */
    @Transactional(readOnly = true)
    public Organization find(Actor actor, long id) {
        if (!actor.isOperator() && !actor.belongsTo(id)) {
            throw Guards.notFound();
        }
        return organizations.find(id).orElseThrow(Guards::notFound);
    }

    /** Opens an organization with its first admin, active at once. */
    @Transactional
    public long create(Actor actor, NewOrganization input) {
        Guards.requireOperator(actor);
        return founding.found(input, OrganizationStatus.ACTIVE, actor.toAuditActor());
    }

    @Transactional
    public Organization approve(Actor actor, long id) {
        return change(actor, id, Set.of(OrganizationStatus.PENDING), OrganizationStatus.ACTIVE, null, false,
                "organization.approved");
    }

    @Transactional
    public Organization reject(Actor actor, long id, String reason) {
        return change(actor, id, Set.of(OrganizationStatus.PENDING), OrganizationStatus.REJECTED, reason, true,
                "organization.rejected");
    }

    @Transactional
    public Organization suspend(Actor actor, long id, String reason) {
        if (actor.belongsTo(id)) {
            throw new InvalidInputException(Violation.of("status", "identity.organization.own"));
        }
        return change(actor, id, Set.of(OrganizationStatus.ACTIVE), OrganizationStatus.SUSPENDED, reason, true,
                "organization.suspended");
    }

    @Transactional
    public Organization reactivate(Actor actor, long id) {
        return change(actor, id, Set.of(OrganizationStatus.SUSPENDED), OrganizationStatus.ACTIVE, null, false,
                "organization.reactivated");
    }

    private Organization change(Actor actor, long id, Set<OrganizationStatus> from, OrganizationStatus to,
                                String reason, boolean reasonRequired, String action) {
        Guards.requireOperator(actor);
        Checks checks = new Checks();
        String note = reasonRequired ? checks.required("reason", reason, 500) : checks.optional("reason", reason, 500);
        Organization before = organizations.lock(id).orElseThrow(Guards::notFound);
        if (!from.contains(before.status())) {
            checks.add(Violation.of("status", "identity.organization.status-conflict",
                    new DefaultMessageSourceResolvable("identity.status." + before.status())));
        }
        checks.throwIfAny();
        organizations.changeStatus(id, to, actor.userId(), note);
        Organization after = organizations.find(id).orElseThrow();
        if (to != OrganizationStatus.ACTIVE) {
            users.endSessionsOfOrganization(id);
        }
        audit.record(new AuditRecord(actor.toAuditActor(), "identity.organization", String.valueOf(id), id,
                action, before,
                note == null ? after : Map.of("organization", after, "reason", note)));
        events.publishEvent(new OrganizationStatusChanged(id, after.type(), before.status(), to, note));
        return after;
    }
}
