package io.kerong.identity.internal;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.identity.OrganizationRegistered;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.UserRole;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an organization with its first administrator: checks every field first, then writes both, audits them and
 * announces {@link OrganizationRegistered}, all in the caller's transaction.
 */
@Component
class OrganizationFounding {

    private final Organizations organizations;
    private final Users users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OrganizationFounding(Organizations organizations, Users users, PasswordEncoder passwords, AuditTrail audit,
                         ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
    }

    /** Opens the organization; {@code actor} is null when the organization's own admin registers it. */
    @Transactional(propagation = Propagation.MANDATORY)
    long found(NewOrganization input, OrganizationStatus status, AuditActor actor) {
        NewOrganization valid = validate(input);
        long organizationId;
        long userId;
        try {
            organizationId = organizations.insert(valid.type(), valid.name(), valid.uscc(), status,
                    valid.contactName(), valid.contactPhone(), valid.contactEmail());
            userId = users.insert(organizationId, valid.username(), valid.contactName(), valid.contactPhone(),
                    valid.contactEmail(), passwords.encode(valid.password()), Set.of(UserRole.ORG_ADMIN));
        } catch (DuplicateKeyException e) {
            throw duplicate(e, valid);
        }
        AuditActor by = actor != null ? actor
                : new AuditActor(userId, valid.contactName() + " (" + valid.name() + ")", organizationId);
        audit.record(new AuditRecord(by, "identity.organization", String.valueOf(organizationId), organizationId,
                status == OrganizationStatus.PENDING ? "organization.registered" : "organization.created",
                null, snapshot(organizationId, valid, status)));
        audit.record(new AuditRecord(by, "identity.user", String.valueOf(userId), organizationId, "user.created",
                null, users.find(organizationId, userId).orElseThrow()));
        events.publishEvent(new OrganizationRegistered(organizationId, valid.type(), valid.uscc(), valid.name(),
                valid.contactName(), valid.contactPhone(), valid.contactEmail()));
        return organizationId;
    }

    private NewOrganization validate(NewOrganization in) {
        Checks checks = new Checks();
        if (in.type() == null) {
            checks.add(Violation.of("type", "identity.required"));
        }
        String uscc = UsccField.check(checks, "uscc", in.uscc());
        if (uscc != null && organizations.usccTaken(uscc)) {
            checks.add(Violation.of("uscc", "identity.uscc.taken", uscc));
        }
        String name = checks.required("name", in.name(), 100);
        String contactName = checks.required("contactName", in.contactName(), 40);
        String phone = checks.phone("contactPhone", in.contactPhone(), true);
        String email = checks.email("contactEmail", in.contactEmail(), true);
        String username = checks.username("username", in.username());
        if (checks.passed("username") && users.usernameTaken(username)) {
            checks.add(Violation.of("username", "identity.username.taken", username));
        }
        PasswordPolicy.check(checks, "password", in.password(), "confirmPassword", in.confirmPassword(),
                in.username(), uscc != null ? uscc : in.uscc());
        checks.throwIfAny();
        return new NewOrganization(in.type(), uscc, name, contactName, phone, email, username, in.password(),
                in.confirmPassword());
    }

    static Map<String, Object> snapshot(long id, NewOrganization o, OrganizationStatus status) {
        return Map.of("id", id, "type", o.type(), "name", o.name(), "uscc", o.uscc(), "status", status,
                "contactName", o.contactName(), "contactPhone", o.contactPhone(), "contactEmail", o.contactEmail());
    }

    /** Two registrations racing for the same code or user name: the database's unique index decides. */
    static InvalidInputException duplicate(DuplicateKeyException e, NewOrganization in) {
        boolean user = String.valueOf(e.getMessage()).contains("identity_user_username");
        return new InvalidInputException(user ? Violation.of("username", "identity.username.taken", in.username())
                : Violation.of("uscc", "identity.uscc.taken", in.uscc()));
    }
}
