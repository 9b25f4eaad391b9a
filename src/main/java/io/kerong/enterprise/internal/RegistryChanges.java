package io.kerong.enterprise.internal;

import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseAccessDeniedException;
import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.enterprise.EnterpriseProfile;
import io.kerong.enterprise.IpHoldings;
import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.SupportListAction;
import io.kerong.enterprise.SupportListDecision;
import io.kerong.enterprise.YearlyFigures;
import io.kerong.identity.Actor;
import io.kerong.shared.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a registry record: check access, validate the whole input, lock the record, write, audit with the
 * state before and after, all in the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RegistryChanges {

    private final Enterprises enterprises;
    private final FiguresRepository figures;
    private final IpRepository ip;
    private final QualificationRepository qualifications;
    private final SupportListRepository supportList;
    private final AccessPolicy access;
    private final InputRules rules;
    private final EnterpriseAudit audit;
    private final Clock clock;

    RegistryChanges(Enterprises enterprises, FiguresRepository figures, IpRepository ip,
                    QualificationRepository qualifications, SupportListRepository supportList, AccessPolicy access,
                    InputRules rules, EnterpriseAudit audit, Clock clock) {
        this.enterprises = enterprises;
        this.figures = figures;
        this.ip = ip;
        this.qualifications = qualifications;
        this.supportList = supportList;
        this.access = access;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    Enterprise create(Actor actor, String uscc, EnterpriseProfile profile) {
        access.requireOperator(actor);
        String code = uscc == null ? null : uscc.strip().toUpperCase(Locale.ROOT);
        List<Violation> violations = new ArrayList<>(rules.uscc(code));
        violations.addAll(rules.profile(profile));
        if (violations.isEmpty() && enterprises.findByUscc(code).isPresent()) {
            violations.add(Violation.of("uscc", "enterprise.uscc.exists", code));
        }
        InputRules.reject(violations);
        Enterprise created = enterprises.insert(code, profile, null);
        audit.record(actor.toAuditActor(), created, "enterprise.created", null, created);
        return created;
    }

    Enterprise updateProfile(Actor actor, long enterpriseId, EnterpriseProfile profile) {
        Enterprise before = editable(actor, enterpriseId);
        InputRules.reject(rules.profile(profile));
        Enterprise after = enterprises.update(enterpriseId, profile);
        audit.record(actor.toAuditActor(), after, "enterprise.profile.updated", before.profile(), after.profile());
        return after;
    }

    YearlyFigures saveFigures(Actor actor, long enterpriseId, YearlyFigures yearlyFigures) {
        Enterprise enterprise = editable(actor, enterpriseId);
        InputRules.reject(rules.figures(yearlyFigures));
        YearlyFigures before = figures.find(enterpriseId, yearlyFigures.fiscalYear()).orElse(null);
        figures.save(enterpriseId, yearlyFigures);
        audit.record(actor.toAuditActor(), enterprise, "enterprise.figures.saved", before, yearlyFigures);
        return yearlyFigures;
    }

    IpHoldings replaceIpHoldings(Actor actor, long enterpriseId, IpHoldings holdings) {
        Enterprise enterprise = editable(actor, enterpriseId);
        InputRules.reject(rules.ipHoldings(holdings));
        IpHoldings before = ip.of(enterpriseId);
        ip.replace(enterpriseId, holdings);
        audit.record(actor.toAuditActor(), enterprise, "enterprise.ip.replaced", before.quantities(),
                holdings.quantities());
        return holdings;
    }

    Qualification addQualification(Actor actor, long enterpriseId, Qualification qualification) {
        Enterprise enterprise = editable(actor, enterpriseId);
        InputRules.reject(rules.qualification(qualification));
        Qualification added = qualifications.add(enterpriseId, qualification);
        audit.record(actor.toAuditActor(), enterprise, "enterprise.qualification.added", null, added);
        return added;
    }

    void removeQualification(Actor actor, long enterpriseId, long qualificationId) {
        Enterprise enterprise = editable(actor, enterpriseId);
        Qualification removed = qualifications.find(enterpriseId, qualificationId)
                .orElseThrow(() -> new EnterpriseNotFoundException("qualification " + qualificationId));
        qualifications.remove(enterpriseId, qualificationId);
        audit.record(actor.toAuditActor(), enterprise, "enterprise.qualification.removed", removed, null);
    }

    SupportListDecision decideSupportList(Actor actor, long enterpriseId, SupportListAction action, String reason) {
        Enterprise enterprise = editable(actor, enterpriseId);
        if (!actor.isOperator()) {
            throw new EnterpriseAccessDeniedException(actor.organizationType(),
                    EnterpriseAccessDeniedException.OPERATOR_ONLY);
        }
        List<Violation> violations = rules.supportListDecision(action, reason);
        boolean member = isMember(enterpriseId);
        if (action == SupportListAction.ADD && member) {
            violations.add(Violation.of("action", "enterprise.support.alreadyMember"));
        } else if (action == SupportListAction.REMOVE && !member) {
            violations.add(Violation.of("action", "enterprise.support.notMember"));
        }
        InputRules.reject(violations);
        SupportListDecision decision = supportList.add(enterpriseId, action, reason.strip(), LocalDate.now(clock),
                actor.toAuditActor().name(), OffsetDateTime.now(clock));
        enterprises.markSupportListMember(enterpriseId, action == SupportListAction.ADD);
        audit.record(actor.toAuditActor(), enterprise, "enterprise.supportList." + action.name(),
                new Membership(member, null), new Membership(!member, decision.reason()));
        return decision;
    }

    private boolean isMember(long enterpriseId) {
        List<SupportListDecision> history = supportList.history(enterpriseId);
        return !history.isEmpty() && history.getLast().action() == SupportListAction.ADD;
    }

    /** The record, locked for this transaction, once the caller is known to be allowed to change it. */
    private Enterprise editable(Actor actor, long enterpriseId) {
        access.requireCanSeeEnterprises(actor);
        Enterprise enterprise = enterprises.lock(enterpriseId)
                .orElseThrow(() -> new EnterpriseNotFoundException(String.valueOf(enterpriseId)));
        access.basisFor(actor, enterprise);
        return enterprise;
    }

    /** Support-list state as audited. */
    record Membership(boolean member, String reason) {
    }
}
