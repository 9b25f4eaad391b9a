package io.kerong.rating.internal.push;

import io.kerong.rating.EndorsementDecision;
import io.kerong.rating.Grade;
import io.kerong.rating.PushExclusion;
import io.kerong.shared.Timestamps;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code rating_push} table: stays on the push list, current and past. */
@Repository
class JdbcPushes {

    /** Open applications and current pushes, with the enterprise's latest rating: what a refresh looks at. */
    private static final String CANDIDATES = """
            select a.id as application_id, a.enterprise_id, a.enterprise_org_id, a.decision,
                   a.withdrawn_at is not null as withdrawn, l.rating_id, l.grade, l.total_score, l.model_version,
                   p.id as push_id
            from rating_push_application a
            left join rating_latest l on l.enterprise_id = a.enterprise_id
            left join rating_push p on p.application_id = a.id and p.removed_at is null
            where ((a.withdrawn_at is null and a.decision is distinct from 'REJECTED') or p.id is not null)""";

    private final JdbcClient jdbc;

    JdbcPushes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An application the refresh judges, and its current push (null when it is not on the list). */
    record Candidate(long applicationId, long enterpriseId, Long enterpriseOrgId, EndorsementDecision decision,
                     boolean withdrawn, Long ratingId, Grade grade, BigDecimal totalScore, Integer modelVersion,
                     Long pushId) {

        PushRules.Candidate forRules() {
            return new PushRules.Candidate(withdrawn, decision, grade);
        }
    }

    /** A stay on the list. */
    record Push(long id, long applicationId, long enterpriseId, OffsetDateTime pushedAt, long ratingId, Grade grade,
                BigDecimal totalScore, int modelVersion, OffsetDateTime removedAt, PushExclusion removalReason) {

        boolean current() {
            return removedAt == null;
        }
    }

    List<Candidate> candidates() {
        return jdbc.sql(CANDIDATES + " order by a.id").query(JdbcPushes::candidate).list();
    }

    List<Candidate> candidates(long enterpriseId) {
        return jdbc.sql(CANDIDATES + " and a.enterprise_id = ? order by a.id").param(enterpriseId)
                .query(JdbcPushes::candidate).list();
    }

    long insert(Candidate c, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into rating_push (application_id, enterprise_id, pushed_at, rating_id, grade,
                            total_score, model_version)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.applicationId(), c.enterpriseId(), now, c.ratingId(), c.grade().name(), c.totalScore(),
                        c.modelVersion())
                .query(Long.class).single();
    }

    void remove(long pushId, PushExclusion reason, OffsetDateTime now) {
        jdbc.sql("update rating_push set removed_at = ?, removal_reason = ? where id = ? and removed_at is null")
                .params(now, reason.name(), pushId).update();
    }

    /** Every stay of the application's enterprise that came from these applications, newest first. */
    List<Push> ofApplications(List<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from rating_push where application_id = any(?) order by id desc")
                .param(applicationIds.toArray(Long[]::new)).query(JdbcPushes::push).list();
    }

    /** The latest grade of each of these enterprises that has been rated. */
    Map<Long, Grade> latestGrades(Collection<Long> enterpriseIds) {
        Map<Long, Grade> grades = new HashMap<>();
        if (!enterpriseIds.isEmpty()) {
            jdbc.sql("select enterprise_id, grade from rating_latest where enterprise_id = any(?)")
                    .param(enterpriseIds.stream().distinct().toArray(Long[]::new))
                    .query(rs -> {
                        grades.put(rs.getLong(1), Grade.valueOf(rs.getString(2).strip()));
                    });
        }
        return grades;
    }

    /**
     * The one condition under which a push lets banks see the enterprise (the push list and the report's ground use
     * it): the stay is current and its application, which carries the consent, is not withdrawn. Over {@code p}
     * (rating_push) joined with {@code a} (its rating_push_application).
     */
    static final String CONSENTED = "p.removed_at is null and a.withdrawn_at is null";

    /**
     * The enterprise's stay on the push list while its consent stands ({@link #CONSENTED}): what lets banks see it and
     * mark or change a credit intent on it. Empty once the application is withdrawn, even before a refresh has taken
     * the stay off the list.
     */
    Optional<Push> consented(long enterpriseId) {
        return jdbc.sql("""
                        select p.* from rating_push p
                        join rating_push_application a on a.id = p.application_id
                        where p.enterprise_id = ? and\s""" + CONSENTED)
                .param(enterpriseId).query(JdbcPushes::push).optional();
    }

    private static Candidate candidate(ResultSet rs, int i) throws SQLException {
        String decision = rs.getString("decision");
        String grade = rs.getString("grade");
        return new Candidate(rs.getLong("application_id"), rs.getLong("enterprise_id"),
                rs.getObject("enterprise_org_id", Long.class),
                decision == null ? null : EndorsementDecision.valueOf(decision), rs.getBoolean("withdrawn"),
                rs.getObject("rating_id", Long.class), grade == null ? null : Grade.valueOf(grade.strip()),
                rs.getBigDecimal("total_score"), rs.getObject("model_version", Integer.class),
                rs.getObject("push_id", Long.class));
    }

    private static Push push(ResultSet rs, int i) throws SQLException {
        String reason = rs.getString("removal_reason");
        return new Push(rs.getLong("id"), rs.getLong("application_id"), rs.getLong("enterprise_id"),
                Timestamps.read(rs, "pushed_at"), rs.getLong("rating_id"), Grade.valueOf(rs.getString("grade")),
                rs.getBigDecimal("total_score"), rs.getInt("model_version"), Timestamps.read(rs, "removed_at"),
                reason == null ? null : PushExclusion.valueOf(reason));
    }
}
