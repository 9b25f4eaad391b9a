package io.kerong.identity;

import java.util.List;
import java.util.Optional;

/** Looks up organizations; other modules use it to name and check the organizations they deal with. */
public interface OrganizationDirectory {

    Optional<Organization> find(long id);

    Optional<Organization> findByUscc(String uscc);

    List<Organization> ofType(OrganizationType type);

    long count(OrganizationType type, OrganizationStatus status);

    /** How many enabled users an organization has, and how many of them are its admins. */
    Members members(long organizationId);

    record Members(long enabledUsers, long enabledAdmins) {
    }
}
