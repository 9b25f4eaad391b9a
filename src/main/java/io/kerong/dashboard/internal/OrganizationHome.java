package io.kerong.dashboard.internal;

import io.kerong.identity.Actor;
import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationDirectory;
import org.springframework.stereotype.Service;

/** The welcome of banks, investors, universities, service providers and communities: their organization and users. */
@Service
public class OrganizationHome {

    public record View(Organization organization, long users, long admins) {
    }

    private final OrganizationDirectory organizations;

    OrganizationHome(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    public View view(Actor actor) {
        Organization organization = organizations.find(actor.organizationId()).orElseThrow();
        OrganizationDirectory.Members members = organizations.members(actor.organizationId());
        return new View(organization, members.enabledUsers(), members.enabledAdmins());
    }
}
