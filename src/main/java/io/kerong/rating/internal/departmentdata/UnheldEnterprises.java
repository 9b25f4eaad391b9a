package io.kerong.rating.internal.departmentdata;

import io.kerong.enterprise.RegistryQueries;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lookups of the fast path: credit codes to enterprise ids, and whether those enterprises already hold values of
 * the batch's indicators. The batch's own connection is busy with its COPY, so they run on a thread of their own,
 * outside the batch's transaction, on another connection: the registry and the values of committed batches are all
 * they need to see.
 */
final class UnheldEnterprises implements DirectLoad.EnterpriseLookup {

    private final RegistryQueries registry;
    private final JdbcTemplate jdbc;

    UnheldEnterprises(RegistryQueries registry, JdbcTemplate jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    @Override
    public Future<Map<String, Long>> start(List<String> usccs, String[] indicators) {
        FutureTask<Map<String, Long>> task = new FutureTask<>(() -> lookUp(usccs, indicators));
        Thread.ofVirtual().name("department-data-lookup").start(task);
        return task;
    }

    private Map<String, Long> lookUp(List<String> usccs, String[] indicators) {
        Map<String, Long> ids = registry.idsByUscc(usccs);
        if (ids.size() < usccs.size()) {
            return ids;
        }
        Boolean held = jdbc.queryForObject("""
                select exists (select 1 from rating_indicator_value
                               where enterprise_id = any(?) and indicator_code = any(?))""", Boolean.class,
                ids.values().toArray(Long[]::new), indicators);
        return Boolean.TRUE.equals(held) ? null : ids;
    }
}
