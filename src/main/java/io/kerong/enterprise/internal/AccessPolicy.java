package io.kerong.enterprise.internal;

import io.kerong.enterprise.AccessBasis;
import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseAccessDeniedException;
import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which enterprise record. An enterprise's own record is {@link AccessBasis#OWN}; the operator
 * sees all; another enterprise is told the record does not exist, so record ids reveal nothing; other organization
 * types are refused until the enterprise applies to them or consents.
 */
@Component
class AccessPolicy {

    AccessBasis basisFor(Actor actor, Enterprise enterprise) {
        if (actor.isOperator()) {
            return AccessBasis.OPERATOR_ROLE;
        }
        if (actor.is(OrganizationType.ENTERPRISE)) {
            if (enterprise.organizationId() != null && actor.belongsTo(enterprise.organizationId())) {
                return AccessBasis.OWN;
            }
            throw new EnterpriseNotFoundException(String.valueOf(enterprise.id()));
        }
        throw new EnterpriseAccessDeniedException(actor.organizationType(), EnterpriseAccessDeniedException.NOT_SHARED);
    }

    /** Whole-registry operations: listing, lookup by credit code, creating records. */
    void requireOperator(Actor actor) {
        if (!actor.isOperator()) {
            throw new EnterpriseAccessDeniedException(actor.organizationType(),
                    actor.is(OrganizationType.ENTERPRISE) ? EnterpriseAccessDeniedException.OPERATOR_ONLY
                            : EnterpriseAccessDeniedException.NOT_SHARED);
        }
    }

    void requireCanSeeEnterprises(Actor actor) {
        if (!actor.isOperator() && !actor.is(OrganizationType.ENTERPRISE)) {
            throw new EnterpriseAccessDeniedException(actor.organizationType(),
                    EnterpriseAccessDeniedException.NOT_SHARED);
        }
    }
}
