package io.kerong.identity.internal;

import io.kerong.identity.UserRole;
import java.time.OffsetDateTime;
import java.util.Set;

/** A user as listed to their organization's admin and as recorded in the audit trail: never a password hash. */
public record UserView(long id, long organizationId, String username, String displayName, String phone,
                       String email, Set<UserRole> roles, boolean enabled, OffsetDateTime createdAt) {

    public boolean isAdmin() {
        return roles.contains(UserRole.ORG_ADMIN);
    }

    UserView withRoles(Set<UserRole> newRoles) {
        return new UserView(id, organizationId, username, displayName, phone, email, newRoles, enabled, createdAt);
    }

    UserView withEnabled(boolean newEnabled) {
        return new UserView(id, organizationId, username, displayName, phone, email, roles, newEnabled, createdAt);
    }
}
