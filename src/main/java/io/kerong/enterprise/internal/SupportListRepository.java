package io.kerong.enterprise.internal;

import io.kerong.shared.Timestamps;
import io.kerong.enterprise.SupportListAction;
import io.kerong.enterprise.SupportListDecision;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code enterprise_support_list_decision} table: stored as ADDED / REMOVED, read as the action taken. */
@Repository
class SupportListRepository {

    private static final RowMapper<SupportListDecision> ROWS = (rs, i) -> new SupportListDecision(rs.getLong("id"),
            "ADDED".equals(rs.getString("action")) ? SupportListAction.ADD : SupportListAction.REMOVE,
            rs.getString("reason"), rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
            Timestamps.read(rs, "recorded_at"));

    private final JdbcClient jdbc;

    SupportListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first: the last decision says whether the enterprise is on the list. */
    List<SupportListDecision> history(long enterpriseId) {
        return jdbc.sql("select * from enterprise_support_list_decision where enterprise_id = ? order by id")
                .param(enterpriseId).query(ROWS).list();
    }

    SupportListDecision add(long enterpriseId, SupportListAction action, String reason, LocalDate decidedOn,
                            String decidedBy, OffsetDateTime recordedAt) {
        long id = jdbc.sql("""
                        insert into enterprise_support_list_decision (enterprise_id, action, reason, decided_on,
                            decided_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(enterpriseId, action == SupportListAction.ADD ? "ADDED" : "REMOVED", reason, decidedOn,
                        decidedBy, recordedAt)
                .query(Long.class).single();
        return new SupportListDecision(id, action, reason, decidedOn, decidedBy, recordedAt);
    }
}
