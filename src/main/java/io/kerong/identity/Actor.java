package io.kerong.identity;

import io.kerong.audit.AuditActor;
import java.io.Serial;
import java.util.Set;

/**
 * Whoever is making the current request: a user of an organization, or an organization's API token ({@code userId}
 * is then null). Controllers take it as a method parameter.
 */
public record Actor(Long userId, String username, String displayName, long organizationId,
                    OrganizationType organizationType, String organizationName, Set<UserRole> roles) implements java.io.Serializable {

    /** Stored in log-in sessions inside {@code ActorUserDetails}: see there before changing the components. */
    @Serial
    private static final long serialVersionUID = 1L;

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean is(OrganizationType type) {
        return organizationType == type;
    }

    public boolean isOperator() {
        return is(OrganizationType.OPERATOR);
    }

    public boolean isOrganizationAdmin() {
        return roles.contains(UserRole.ORG_ADMIN);
    }

    public boolean belongsTo(long organizationId) {
        return this.organizationId == organizationId;
    }

    public AuditActor toAuditActor() {
        return new AuditActor(userId, displayName + " (" + organizationName + ")", organizationId);
    }
}
