package io.kerong.identity.internal;

import io.kerong.shared.Timestamps;
import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationDirectory;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.OrganizationType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcOrganizationDirectory implements OrganizationDirectory {

    static final RowMapper<Organization> ROWS = (rs, i) -> new Organization(rs.getLong("id"),
            OrganizationType.valueOf(rs.getString("type")), rs.getString("name"), rs.getString("uscc"),
            OrganizationStatus.valueOf(rs.getString("status")), rs.getString("contact_name"),
            rs.getString("contact_phone"), rs.getString("contact_email"),
            Timestamps.read(rs, "created_at"));

    private final JdbcClient jdbc;

    JdbcOrganizationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Organization> find(long id) {
        return jdbc.sql("select * from identity_organization where id = ?").param(id).query(ROWS).optional();
    }

    @Override
    public Optional<Organization> findByUscc(String uscc) {
        return jdbc.sql("select * from identity_organization where uscc = ?").param(uscc).query(ROWS).optional();
    }

    @Override
    public List<Organization> ofType(OrganizationType type) {
        return jdbc.sql("select * from identity_organization where type = ? order by id").param(type.name())
                .query(ROWS).list();
    }

    @Override
    public long count(OrganizationType type, OrganizationStatus status) {
        return jdbc.sql("select count(*) from identity_organization where type = ? and status = ?")
                .params(type.name(), status.name()).query(Long.class).single();
    }

    @Override
    public Members members(long organizationId) {
        return jdbc.sql("""
                        select count(*) filter (where enabled), count(*) filter (where enabled and 'ORG_ADMIN' = any (roles))
                        from identity_user where organization_id = ?""")
                .param(organizationId).query((rs, i) -> new Members(rs.getLong(1), rs.getLong(2))).single();
    }
}
