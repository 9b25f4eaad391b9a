package io.kerong.dashboard.internal;

import io.kerong.shared.Timestamps;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two read-only counts the enterprise module's public API does not offer yet: support-list membership (the latest
 * decision per enterprise) and an enterprise's latest tech-SME evaluation. They read the enterprise tables directly
 * and belong in {@code EnterpriseStatistics} / the registry once it offers them.
 */
@Component
class RegistryGaps {

    /** An enterprise's latest tech-SME evaluation (最近一次评价). */
    record LatestEvaluation(int fiscalYear, OffsetDateTime evaluatedAt, int techStaffPoints, int rdPoints,
                            int ipPoints, int totalPoints, boolean basicConditionsMet, boolean directlyQualified,
                            boolean qualified) {
    }

    private final JdbcClient jdbc;

    RegistryGaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long supportListMembers() {
        return jdbc.sql("""
                        select count(*) from (select distinct on (enterprise_id) action
                                              from enterprise_support_list_decision
                                              order by enterprise_id, id desc) latest
                        where action = 'ADDED'""")
                .query(Long.class).single();
    }

    Optional<LatestEvaluation> latestEvaluation(long enterpriseId) {
        return jdbc.sql("""
                        select fiscal_year, evaluated_at, tech_staff_points, rd_points, ip_points, total_points,
                               basic_conditions_met, directly_qualified, qualified
                        from enterprise_evaluation where enterprise_id = ?
                        order by evaluated_at desc, id desc limit 1""")
                .param(enterpriseId)
                .query((rs, i) -> new LatestEvaluation(rs.getInt(1), Timestamps.local(rs.getObject(2, OffsetDateTime.class)),
                        rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getBoolean(7), rs.getBoolean(8),
                        rs.getBoolean(9)))
                .optional();
    }
}
