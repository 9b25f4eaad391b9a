package io.kerong.identity.internal;

import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.identity.Actor;
import io.kerong.identity.UserRole;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用户管理: an organization admin manages the users of their own organization. Users of other organizations are
 * reported as not found, and the organization always keeps at least one enabled admin.
 */
@Service
public class StaffAdministration {

    private final Users users;
    private final Organizations organizations;
    private final TokenAdministration tokens;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    StaffAdministration(Users users, Organizations organizations, TokenAdministration tokens,
                        PasswordEncoder passwords, AuditTrail audit) {
        this.users = users;
        this.organizations = organizations;
        this.tokens = tokens;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<UserView> list(Actor admin) {
        Guards.requireAdmin(admin);
        return users.ofOrganization(admin.organizationId());
    }

    @Transactional(readOnly = true)
    public UserView find(Actor admin, long userId) {
        Guards.requireAdmin(admin);
        return users.find(admin.organizationId(), userId).orElseThrow(Guards::notFound);
    }

    @Transactional
    public UserView add(Actor admin, NewUser input) {
        Guards.requireAdmin(admin);
        Checks checks = new Checks();
        String username = checks.username("username", input.username());
        if (checks.passed("username") && users.usernameTaken(username)) {
            checks.add(Violation.of("username", "identity.username.taken", username));
        }
        String displayName = checks.required("displayName", input.displayName(), 40);
        String phone = checks.phone("phone", input.phone(), false);
        String email = checks.email("email", input.email(), false);
        PasswordPolicy.check(checks, "password", input.password(), input.username(), organizations.creditCode(admin.organizationId()));
        checkRoles(checks, input.roles());
        checks.throwIfAny();
        long id;
        try {
            id = users.insert(admin.organizationId(), username, displayName, phone, email,
                    passwords.encode(input.password()), input.roles());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(Violation.of("username", "identity.username.taken", username));
        }
        UserView created = users.find(admin.organizationId(), id).orElseThrow();
        record(admin, created, "user.created", null, created);
        return created;
    }

    @Transactional
    public UserView changeRoles(Actor admin, long userId, Set<UserRole> roles) {
        UserView before = lockedUser(admin, userId);
        Checks checks = new Checks();
        checkRoles(checks, roles);
        checks.throwIfAny();
        UserView after = before.withRoles(Set.copyOf(roles));
        keepsAnAdmin(before, after);
        users.setRoles(userId, after.roles());
        record(admin, before, "user.roles-changed", before, after);
        if (!after.roles().equals(before.roles())) {
            // a session keeps the roles it logged in with: end them all, the user logs in again with the new ones
            users.endSessions(before.username());
            if (before.isAdmin() && !after.isAdmin()) {
                // tokens act as STAFF, not as their creator, but only the creator knows their secrets; an admin who
                // keeps the role keeps them (they could create the same again, and integrations would break for nothing)
                tokens.revokeCreatedBy(admin, userId, "user.roles-changed");
            }
        }
        return after;
    }

    @Transactional
    public UserView setEnabled(Actor admin, long userId, boolean enabled) {
        UserView before = lockedUser(admin, userId);
        UserView after = before.withEnabled(enabled);
        keepsAnAdmin(before, after);
        users.setEnabled(userId, enabled);
        record(admin, before, enabled ? "user.enabled" : "user.disabled", before, after);
        if (!enabled) {
            users.endSessions(before.username());
            tokens.revokeCreatedBy(admin, userId, "user.disabled");
        }
        return after;
    }

    /** Sets a new password chosen by the admin; the audit says only that it happened. */
    @Transactional
    public void resetPassword(Actor admin, long userId, String newPassword) {
        UserView user = lockedUser(admin, userId);
        Checks checks = new Checks();
        PasswordPolicy.check(checks, "password", newPassword, user.username(), organizations.creditCode(admin.organizationId()));
        checks.throwIfAny();
        users.setPasswordHash(userId, passwords.encode(newPassword));
        users.endSessions(user.username());
        record(admin, user, "user.password-reset", null, Map.of("username", user.username()));
    }

    private UserView lockedUser(Actor admin, long userId) {
        Guards.requireAdmin(admin);
        organizations.lock(admin.organizationId());
        return users.find(admin.organizationId(), userId).orElseThrow(Guards::notFound);
    }

    /** 最后一位管理员: the change may not leave the organization without an enabled admin. */
    private void keepsAnAdmin(UserView before, UserView after) {
        boolean wasEnabledAdmin = before.enabled() && before.isAdmin();
        boolean staysEnabledAdmin = after.enabled() && after.isAdmin();
        if (wasEnabledAdmin && !staysEnabledAdmin && users.enabledAdmins(before.organizationId()) <= 1) {
            throw new InvalidInputException(Violation.of("roles", "identity.user.last-admin"));
        }
    }

    private static void checkRoles(Checks checks, Set<UserRole> roles) {
        if (roles == null || roles.isEmpty()) {
            checks.add(Violation.of("roles", "identity.roles.required"));
        }
    }

    private void record(Actor admin, UserView user, String action, Object before, Object after) {
        audit.record(new AuditRecord(admin.toAuditActor(), "identity.user", String.valueOf(user.id()),
                user.organizationId(), action, before, after));
    }
}
