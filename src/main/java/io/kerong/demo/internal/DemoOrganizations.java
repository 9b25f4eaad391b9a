package io.kerong.demo.internal;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.identity.OrganizationRegistered;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.UserRole;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens demo organizations and users. The identity module offers no public service for opening an organization
 * without an operator's session, so the rows go in directly, with the same audit entries and
 * {@link OrganizationRegistered} event identity writes (the enterprise module links or creates the registry record).
 */
@Component
class DemoOrganizations {

    static final AuditActor DEMO = new AuditActor(null, "demo data", null);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DemoOrganizations(JdbcClient jdbc, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /** A contact person of a demo organization. */
    record Contact(String name, String phone, String email) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long open(OrganizationType type, String name, String uscc, OrganizationStatus status, Contact contact) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                        insert into identity_organization (type, name, uscc, status, contact_name, contact_phone,
                            contact_email, created_at, reviewed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(type.name(), name, uscc, status.name(), contact.name(), contact.phone(), contact.email(), now,
                        status == OrganizationStatus.PENDING ? null : now)
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("id", id);
        after.put("type", type);
        after.put("name", name);
        after.put("uscc", uscc);
        after.put("status", status);
        audit.record(new AuditRecord(DEMO, "identity.organization", String.valueOf(id), id,
                status == OrganizationStatus.PENDING ? "organization.registered" : "organization.created", null, after));
        events.publishEvent(new OrganizationRegistered(id, type, uscc, name, contact.name(), contact.phone(),
                contact.email()));
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long addUser(long organizationId, String username, String displayName, String passwordHash, UserRole role) {
        long id = jdbc.sql("""
                        insert into identity_user (organization_id, username, display_name, password_hash, roles,
                            enabled, created_at)
                        values (?, ?, ?, ?, cast(? as text[]), true, ?) returning id""")
                .params(organizationId, username, displayName, passwordHash, "{" + role.name() + "}",
                        OffsetDateTime.now(clock))
                .query(Long.class).single();
        audit.record(new AuditRecord(DEMO, "identity.user", String.valueOf(id), organizationId, "user.created", null,
                Map.of("id", id, "username", username, "displayName", displayName, "roles", Set.of(role))));
        return id;
    }

    boolean anyOrganization() {
        return jdbc.sql("select exists (select 1 from identity_organization)").query(Boolean.class).single();
    }
}
