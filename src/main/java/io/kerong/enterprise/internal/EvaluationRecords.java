package io.kerong.enterprise.internal;

import io.kerong.enterprise.EvaluationHistory;
import io.kerong.enterprise.StoredEvaluation;
import io.kerong.shared.Timestamps;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code enterprise_evaluation} table: every submitted self-evaluation. */
@Repository
public class EvaluationRecords implements EvaluationHistory {

    private static final RowMapper<StoredEvaluation> ROWS = (rs, i) -> new StoredEvaluation(rs.getLong("id"),
            rs.getLong("enterprise_id"), Timestamps.read(rs, "evaluated_at"),
            rs.getInt("fiscal_year"), rs.getString("inputs"), rs.getInt("tech_staff_points"), rs.getInt("rd_points"),
            rs.getInt("ip_points"), rs.getInt("total_points"), rs.getBoolean("basic_conditions_met"),
            rs.getBoolean("directly_qualified"), rs.getBoolean("qualified"), rs.getString("actor"));

    private final JdbcClient jdbc;

    EvaluationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredEvaluation> latest(long enterpriseId) {
        return jdbc.sql("""
                        select * from enterprise_evaluation where enterprise_id = ?
                        order by evaluated_at desc, id desc limit 1""")
                .param(enterpriseId).query(ROWS).optional();
    }

    @Override
    public List<StoredEvaluation> recent(long enterpriseId, int limit) {
        return jdbc.sql("""
                        select * from enterprise_evaluation where enterprise_id = ?
                        order by evaluated_at desc, id desc limit ?""")
                .params(enterpriseId, limit).query(ROWS).list();
    }

    /** Stores the evaluation (its {@code id} is ignored) and returns it with the id given. */
    public StoredEvaluation add(StoredEvaluation e) {
        long id = jdbc.sql("""
                        insert into enterprise_evaluation (enterprise_id, evaluated_at, fiscal_year, inputs,
                            tech_staff_points, rd_points, ip_points, total_points, basic_conditions_met,
                            directly_qualified, qualified, actor)
                        values (:enterpriseId, :evaluatedAt, :fiscalYear, cast(:inputs as jsonb), :techStaffPoints,
                            :rdPoints, :ipPoints, :totalPoints, :basicConditionsMet, :directlyQualified, :qualified,
                            :actor)
                        returning id""")
                .paramSource(e).query(Long.class).single();
        return new StoredEvaluation(id, e.enterpriseId(), e.evaluatedAt(), e.fiscalYear(), e.inputs(),
                e.techStaffPoints(), e.rdPoints(), e.ipPoints(), e.totalPoints(), e.basicConditionsMet(),
                e.directlyQualified(), e.qualified(), e.actor());
    }
}
