package io.kerong.dashboard.internal;

import io.kerong.identity.Actor;
import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The welcome of banks, investors, universities, service providers and communities: their organization and users. */
@Service
public class OrganizationHome {

    public record View(Organization organization, long users, long admins) {
    }

    private final OrganizationDirectory organizations;
    private final JdbcClient jdbc;

    OrganizationHome(OrganizationDirectory organizations, JdbcClient jdbc) {
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    public View view(Actor actor) {
        Organization organization = organizations.find(actor.organizationId()).orElseThrow();
        // identity publishes no user count; a read of its table is enough for a welcome line
        return jdbc.sql("""
                        select count(*) filter (where enabled), count(*) filter (where enabled and 'ORG_ADMIN' = any (roles))
                        from identity_user where organization_id = ?""")
                .param(actor.organizationId())
                .query((rs, i) -> new View(organization, rs.getLong(1), rs.getLong(2))).single();
    }
}
