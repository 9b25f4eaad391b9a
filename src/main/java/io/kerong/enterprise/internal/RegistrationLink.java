package io.kerong.enterprise.internal;

import io.kerong.audit.AuditActor;
import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseProfile;
import io.kerong.identity.OrganizationRegistered;
import io.kerong.identity.OrganizationType;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an enterprise registers on the platform, its registry record follows in the same transaction: a record
 * imported earlier under the same credit code is linked to the new organization, otherwise a record is created with
 * the division taken from the credit code (positions 3–8).
 * <p>
 * This is the one reaction across modules that is deliberately not an {@code @ApplicationModuleListener}: identity's
 * founding transaction must include it. The organization and its registry record are one fact (an enterprise that
 * registered has a record the moment registering returns, and the demo population registers an enterprise and applies
 * for the financing push as its admin in one transaction), and a synchronous listener in the publisher's transaction
 * commits or rolls back with it, so there is no publication to lose and the event publication registry does not
 * record one.
 */
@Component
class RegistrationLink {

    private static final Logger log = LoggerFactory.getLogger(RegistrationLink.class);

    private final Enterprises enterprises;
    private final EnterpriseAudit audit;

    RegistrationLink(Enterprises enterprises, EnterpriseAudit audit) {
        this.enterprises = enterprises;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void on(OrganizationRegistered event) {
        if (event.type() != OrganizationType.ENTERPRISE || event.uscc() == null) {
            return;
        }
        String uscc = event.uscc().strip().toUpperCase(Locale.ROOT);
        AuditActor actor = new AuditActor(null, event.name(), event.organizationId());
        Optional<Enterprise> imported = enterprises.findByUscc(uscc);
        if (imported.isPresent()) {
            link(imported.get(), event, actor);
        } else {
            EnterpriseProfile profile = EnterpriseProfile.named(event.name(), uscc.substring(2, 8))
                    .withContact(event.contactName(), event.contactPhone(), event.contactEmail());
            Enterprise created = enterprises.insert(uscc, profile, event.organizationId());
            audit.record(actor, created, "enterprise.registered", null, created);
        }
    }

    private void link(Enterprise enterprise, OrganizationRegistered event, AuditActor actor) {
        if (enterprise.organizationId() != null) {
            // the credit code is unique among organizations, so this is a data error to look into, not to overwrite
            log.warn("Enterprise {} is already linked to organization {}; not relinking to {}", enterprise.id(),
                    enterprise.organizationId(), event.organizationId());
            return;
        }
        enterprises.link(enterprise.id(), event.organizationId());
        Enterprise linked = enterprises.find(enterprise.id()).orElseThrow();
        audit.record(actor, linked, "enterprise.linked", enterprise, linked);
    }
}
