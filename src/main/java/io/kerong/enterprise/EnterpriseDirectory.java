package io.kerong.enterprise;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Registry records looked up by id or by the enterprise's platform organization (企业名录查询), for other modules that
 * show enterprises on lists they already decided the caller may see (the financing push list, applications to a
 * community). No caller checks here: the calling module checks access, as with {@link RegistryQueries}.
 */
public interface EnterpriseDirectory {

    /** The records with these ids, in one query; ids not in the registry are absent from the map. */
    Map<Long, Enterprise> byIds(Collection<Long> enterpriseIds);

    /** The registry record linked to a registered enterprise's organization, if any. */
    Optional<Enterprise> ofOrganization(long organizationId);
}
