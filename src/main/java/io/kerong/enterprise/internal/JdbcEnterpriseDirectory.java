package io.kerong.enterprise.internal;

import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Looks records up with one statement per call (an id array), whatever the number of ids. */
@Service
class JdbcEnterpriseDirectory implements EnterpriseDirectory {

    private final JdbcClient jdbc;
    private final Enterprises enterprises;

    JdbcEnterpriseDirectory(JdbcClient jdbc, Enterprises enterprises) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
    }

    @Override
    public Map<Long, Enterprise> byIds(Collection<Long> enterpriseIds) {
        Map<Long, Enterprise> found = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select * from enterprise where id = any(?)")
                .param(enterpriseIds.stream().distinct().toArray(Long[]::new))
                .query(Enterprises.ROWS).list()
                .forEach(e -> found.put(e.id(), e));
        return found;
    }

    @Override
    public Optional<Enterprise> ofOrganization(long organizationId) {
        return enterprises.findByOrganization(organizationId);
    }
}
