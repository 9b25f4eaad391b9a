package io.kerong.enterprise.internal;

import io.kerong.enterprise.AccessBasis;
import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseDetails;
import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.enterprise.EnterprisePage;
import io.kerong.enterprise.EnterpriseProfile;
import io.kerong.enterprise.EnterpriseQuery;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.IpHoldings;
import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.SupportListAction;
import io.kerong.enterprise.SupportListDecision;
import io.kerong.enterprise.YearlyFigures;
import io.kerong.identity.Actor;
import io.kerong.shared.AdministrativeDivisions;
import io.kerong.shared.Division;
import io.kerong.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the registry, each checked against {@link AccessPolicy}; changes go through {@link RegistryChanges}. */
@Service
@Transactional(readOnly = true)
class RegistryService implements EnterpriseRegistry {

    private final Enterprises enterprises;
    private final FiguresRepository figures;
    private final IpRepository ip;
    private final QualificationRepository qualifications;
    private final SupportListRepository supportList;
    private final EnterpriseSearch search;
    private final AccessPolicy access;
    private final InputRules rules;
    private final RegistryChanges changes;
    private final AdministrativeDivisions divisions;

    RegistryService(Enterprises enterprises, FiguresRepository figures, IpRepository ip,
                    QualificationRepository qualifications, SupportListRepository supportList, EnterpriseSearch search,
                    AccessPolicy access, InputRules rules, RegistryChanges changes, AdministrativeDivisions divisions) {
        this.enterprises = enterprises;
        this.figures = figures;
        this.ip = ip;
        this.qualifications = qualifications;
        this.supportList = supportList;
        this.search = search;
        this.access = access;
        this.rules = rules;
        this.changes = changes;
        this.divisions = divisions;
    }

    @Override
    public EnterpriseDetails details(Actor actor, long enterpriseId) {
        Enterprise enterprise = find(actor, enterpriseId);
        return details(enterprise, access.basisFor(actor, enterprise));
    }

    @Override
    public AccessBasis accessBasis(Actor actor, long enterpriseId) {
        return access.basisFor(actor, find(actor, enterpriseId));
    }

    private Enterprise find(Actor actor, long enterpriseId) {
        access.requireCanSeeEnterprises(actor);
        return enterprises.find(enterpriseId)
                .orElseThrow(() -> new EnterpriseNotFoundException(String.valueOf(enterpriseId)));
    }

    @Override
    public EnterpriseDetails mine(Actor actor) {
        access.requireCanSeeEnterprises(actor);
        Enterprise enterprise = enterprises.findByOrganization(actor.organizationId())
                .orElseThrow(() -> new EnterpriseNotFoundException("organization " + actor.organizationId()));
        return details(enterprise, access.basisFor(actor, enterprise));
    }

    private EnterpriseDetails details(Enterprise e, AccessBasis basis) {
        String divisionName = divisions.find(e.profile().divisionCode()).map(Division::fullName)
                .orElse(e.profile().divisionCode());
        return new EnterpriseDetails(e, divisionName, figures.of(e.id()), ip.of(e.id()), qualifications.of(e.id()),
                supportList.history(e.id()), basis);
    }

    @Override
    public EnterprisePage search(Actor actor, EnterpriseQuery query, Long after, int pageSize) {
        access.requireOperator(actor);
        return search.page(query, after, Math.clamp(pageSize, 1, 200));
    }

    @Override
    public Optional<Enterprise> findByUscc(Actor actor, String uscc) {
        access.requireOperator(actor);
        return enterprises.findByUscc(uscc == null ? null : uscc.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    @Transactional
    public Enterprise create(Actor actor, String uscc, EnterpriseProfile profile) {
        return changes.create(actor, uscc, profile);
    }

    @Override
    @Transactional
    public Enterprise updateProfile(Actor actor, long enterpriseId, EnterpriseProfile profile) {
        return changes.updateProfile(actor, enterpriseId, profile);
    }

    @Override
    @Transactional
    public YearlyFigures saveFigures(Actor actor, long enterpriseId, YearlyFigures yearlyFigures) {
        return changes.saveFigures(actor, enterpriseId, yearlyFigures);
    }

    @Override
    @Transactional
    public IpHoldings replaceIpHoldings(Actor actor, long enterpriseId, IpHoldings holdings) {
        return changes.replaceIpHoldings(actor, enterpriseId, holdings);
    }

    @Override
    @Transactional
    public Qualification addQualification(Actor actor, long enterpriseId, Qualification qualification) {
        return changes.addQualification(actor, enterpriseId, qualification);
    }

    @Override
    @Transactional
    public void removeQualification(Actor actor, long enterpriseId, long qualificationId) {
        changes.removeQualification(actor, enterpriseId, qualificationId);
    }

    @Override
    @Transactional
    public SupportListDecision decideSupportList(Actor actor, long enterpriseId, SupportListAction action,
                                                 String reason) {
        return changes.decideSupportList(actor, enterpriseId, action, reason);
    }

    @Override
    public List<Violation> check(String uscc, EnterpriseProfile profile) {
        List<Violation> violations = new ArrayList<>(rules.uscc(uscc));
        violations.addAll(rules.profile(profile));
        return violations;
    }

    @Override
    public List<Violation> check(YearlyFigures yearlyFigures) {
        return rules.figures(yearlyFigures);
    }

    @Override
    public List<Violation> check(Qualification qualification) {
        return rules.qualification(qualification);
    }
}
