package io.kerong.rating.internal.push;

import io.kerong.rating.EndorsementDecision;
import io.kerong.rating.PushApplication.Channel;
import io.kerong.rating.PushApplicationForm;
import io.kerong.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code rating_push_application} table. */
@Repository
class JdbcApplications {

    private final JdbcClient jdbc;

    JdbcApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long enterpriseId, Long enterpriseOrgId, PushApplicationForm form, Channel channel,
                OffsetDateTime now, String by) {
        return jdbc.sql("""
                        insert into rating_push_application (enterprise_id, enterprise_org_id, community_id, project,
                            amount, purpose, channel, consented_at, submitted_at, submitted_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(enterpriseId, enterpriseOrgId, form.communityId(), form.project(), form.amount(),
                        form.purpose(), channel.name(), now, now, by)
                .query(Long.class).single();
    }

    Optional<ApplicationRow> find(long id) {
        return jdbc.sql("select * from rating_push_application where id = ?").param(id).query(JdbcApplications::row)
                .optional();
    }

    /** Reads the row and locks it, so that a decision and a withdrawal cannot cross. */
    Optional<ApplicationRow> lock(long id) {
        return jdbc.sql("select * from rating_push_application where id = ? for update").param(id)
                .query(JdbcApplications::row).optional();
    }

    Optional<ApplicationRow> openOf(long enterpriseId) {
        return jdbc.sql("""
                        select * from rating_push_application where enterprise_id = ? and withdrawn_at is null
                        and decision is distinct from 'REJECTED'""")
                .param(enterpriseId).query(JdbcApplications::row).optional();
    }

    List<ApplicationRow> ofEnterprise(long enterpriseId) {
        return jdbc.sql("select * from rating_push_application where enterprise_id = ? order by id desc")
                .param(enterpriseId).query(JdbcApplications::row).list();
    }

    List<ApplicationRow> toCommunity(long communityId) {
        return jdbc.sql("select * from rating_push_application where community_id = ? order by id desc")
                .param(communityId).query(JdbcApplications::row).list();
    }

    List<ApplicationRow> all() {
        return jdbc.sql("select * from rating_push_application order by id desc").query(JdbcApplications::row).list();
    }

    void decide(long id, EndorsementDecision decision, String reason, OffsetDateTime now, String by) {
        jdbc.sql("""
                        update rating_push_application set decision = ?, decision_reason = ?, decided_at = ?,
                            decided_by = ? where id = ?""")
                .params(decision.name(), reason, now, by, id).update();
    }

    void withdraw(long id, OffsetDateTime now, String by) {
        jdbc.sql("update rating_push_application set withdrawn_at = ?, withdrawn_by = ? where id = ?")
                .params(now, by, id).update();
    }

    private static ApplicationRow row(ResultSet rs, int i) throws SQLException {
        String decision = rs.getString("decision");
        return new ApplicationRow(rs.getLong("id"), rs.getLong("enterprise_id"),
                rs.getObject("enterprise_org_id", Long.class), rs.getLong("community_id"), rs.getString("project"),
                rs.getBigDecimal("amount"), rs.getString("purpose"), Channel.valueOf(rs.getString("channel")),
                Timestamps.read(rs, "consented_at"), Timestamps.read(rs, "submitted_at"),
                rs.getString("submitted_by"), decision == null ? null : EndorsementDecision.valueOf(decision),
                rs.getString("decision_reason"), Timestamps.read(rs, "decided_at"), rs.getString("decided_by"),
                Timestamps.read(rs, "withdrawn_at"), rs.getString("withdrawn_by"));
    }
}
