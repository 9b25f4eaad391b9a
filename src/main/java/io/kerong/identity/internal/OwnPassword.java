package io.kerong.identity.internal;

import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.identity.Actor;
import io.kerong.shared.Violation;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 修改密码: every user changes their own password, proving they know the current one. */
@Service
public class OwnPassword {

    private final Users users;
    private final Organizations organizations;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    OwnPassword(Users users, Organizations organizations, PasswordEncoder passwords, AuditTrail audit) {
        this.users = users;
        this.organizations = organizations;
        this.passwords = passwords;
        this.audit = audit;
    }

    /**
     * Sets the new password and logs the user out of every other session (someone who knew the old password may be
     * using one), keeping {@code currentSessionId}, the session the change is made in (null: none is kept).
     */
    @Transactional
    public void change(Actor actor, String currentPassword, String newPassword, String confirmPassword,
                       String currentSessionId) {
        if (actor.userId() == null) {
            throw new AccessDeniedException("API tokens have no password");
        }
        Checks checks = new Checks();
        if (currentPassword == null || !passwords.matches(currentPassword, users.passwordHash(actor.userId()))) {
            checks.add(Violation.of("currentPassword", "identity.password.wrong-current"));
        }
        PasswordPolicy.check(checks, "newPassword", newPassword, "confirmPassword", confirmPassword,
                actor.username(), organizations.creditCode(actor.organizationId()));
        checks.throwIfAny();
        users.setPasswordHash(actor.userId(), passwords.encode(newPassword));
        if (currentSessionId == null) {
            users.endSessions(actor.username());
        } else {
            users.endOtherSessions(actor.username(), currentSessionId);
        }
        audit.record(new AuditRecord(actor.toAuditActor(), "identity.user", String.valueOf(actor.userId()),
                actor.organizationId(), "user.password-changed", null, Map.of("username", actor.username())));
    }
}
