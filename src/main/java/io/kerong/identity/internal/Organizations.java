package io.kerong.identity.internal;

import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.OrganizationType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizations table: inserts, status changes and the operator's filtered list. */
@Repository
class Organizations {

    private final JdbcClient jdbc;
    private final Clock clock;

    Organizations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(OrganizationType type, String name, String uscc, OrganizationStatus status, String contactName,
                String contactPhone, String contactEmail) {
        return jdbc.sql("""
                        insert into identity_organization (type, name, uscc, status, contact_name, contact_phone,
                            contact_email, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(type.name(), name, uscc, status.name(), contactName, contactPhone, contactEmail,
                        OffsetDateTime.now(clock))
                .query(Long.class).single();
    }

    Optional<Organization> find(long id) {
        return jdbc.sql("select * from identity_organization where id = ?").param(id)
                .query(JdbcOrganizationDirectory.ROWS).optional();
    }

    /**
     * The organization's 统一社会信用代码, which no password of its users may repeat (null for the operator): the one
     * place the password rule learns it. A registration, whose organization does not exist yet, gives the code it
     * registers instead.
     */
    String creditCode(long id) {
        return find(id).map(Organization::uscc).orElse(null);
    }

    /** Locks the organization's row until the transaction ends, so concurrent changes to it queue up. */
    Optional<Organization> lock(long id) {
        return jdbc.sql("select * from identity_organization where id = ? for update").param(id)
                .query(JdbcOrganizationDirectory.ROWS).optional();
    }

    boolean usccTaken(String uscc) {
        return jdbc.sql("select exists (select 1 from identity_organization where uscc = ?)").param(uscc)
                .query(Boolean.class).single();
    }

    boolean anyOfType(OrganizationType type) {
        return jdbc.sql("select exists (select 1 from identity_organization where type = ?)").param(type.name())
                .query(Boolean.class).single();
    }

    /** Pending registrations first (they wait for the operator), then the newest. */
    List<Organization> list(OrganizationType type, OrganizationStatus status) {
        return jdbc.sql("""
                        select * from identity_organization
                        where (cast(:type as text) is null or type = :type)
                          and (cast(:status as text) is null or status = :status)
                        order by status = 'PENDING' desc, created_at desc, id desc""")
                .param("type", type == null ? null : type.name())
                .param("status", status == null ? null : status.name())
                .query(JdbcOrganizationDirectory.ROWS).list();
    }

    void changeStatus(long id, OrganizationStatus status, Long reviewedBy, String note) {
        jdbc.sql("""
                        update identity_organization set status = ?, reviewed_at = ?, reviewed_by = ?, review_note = ?
                        where id = ?""")
                .params(status.name(), OffsetDateTime.now(clock), reviewedBy, note, id).update();
    }
}
