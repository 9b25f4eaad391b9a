package io.kerong.rating.internal.push;

import io.kerong.shared.Timestamps;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code rating_credit_intent} table. */
@Repository
class JdbcIntents {

    private final JdbcClient jdbc;

    JdbcIntents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version the bank saw is the enterprise's latest rating when it marks the intent. */
    long insert(long pushId, long enterpriseId, long bankId, BigDecimal amount, String note, OffsetDateTime now,
                String by) {
        return jdbc.sql("""
                        insert into rating_credit_intent (push_id, enterprise_id, bank_id, amount, note, created_at,
                            created_by, updated_at, updated_by, seen_rating_id, seen_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?,
                            coalesce((select rating_id from rating_latest where enterprise_id = ?),
                                     (select rating_id from rating_push where id = ?)), ?)
                        returning id""")
                .params(pushId, enterpriseId, bankId, amount, note, now, by, now, by, enterpriseId, pushId, now)
                .query(Long.class).single();
    }

    /** The version the bank saw when it last marked or changed an intent on the enterprise, withdrawn ones too. */
    Optional<Seen> lastSeen(long enterpriseId, long bankId) {
        return jdbc.sql("""
                        select seen_rating_id, seen_at from rating_credit_intent
                        where enterprise_id = ? and bank_id = ? order by seen_at desc, id desc limit 1""")
                .params(enterpriseId, bankId)
                .query((rs, i) -> new Seen(rs.getLong(1), Timestamps.read(rs, "seen_at"))).optional();
    }

    /** A report version a bank saw, and when. */
    record Seen(long ratingId, OffsetDateTime at) {
    }

    Optional<IntentRow> find(long id) {
        return jdbc.sql("select * from rating_credit_intent where id = ?").param(id).query(JdbcIntents::row)
                .optional();
    }

    Optional<IntentRow> lock(long id) {
        return jdbc.sql("select * from rating_credit_intent where id = ? for update").param(id)
                .query(JdbcIntents::row).optional();
    }

    Optional<IntentRow> standing(long enterpriseId, long bankId) {
        return jdbc.sql("""
                        select * from rating_credit_intent where enterprise_id = ? and bank_id = ?
                        and withdrawn_at is null""")
                .params(enterpriseId, bankId).query(JdbcIntents::row).optional();
    }

    /** Changing an intent is deciding on what the report shows now: that becomes the version the bank saw. */
    void update(long id, BigDecimal amount, String note, OffsetDateTime now, String by) {
        jdbc.sql("""
                        update rating_credit_intent i set amount = ?, note = ?, updated_at = ?, updated_by = ?,
                            seen_rating_id = coalesce((select rating_id from rating_latest l
                                where l.enterprise_id = i.enterprise_id), seen_rating_id), seen_at = ?
                        where id = ?""")
                .params(amount, note, now, by, now, id).update();
    }

    void withdraw(long id, OffsetDateTime now, String by) {
        jdbc.sql("update rating_credit_intent set withdrawn_at = ?, withdrawn_by = ? where id = ?")
                .params(now, by, id).update();
    }

    List<IntentRow> ofBank(long bankId) {
        return jdbc.sql("select * from rating_credit_intent where bank_id = ? order by id desc").param(bankId)
                .query(JdbcIntents::row).list();
    }

    List<IntentRow> standingOfBank(long bankId) {
        return jdbc.sql("select * from rating_credit_intent where bank_id = ? and withdrawn_at is null")
                .param(bankId).query(JdbcIntents::row).list();
    }

    List<IntentRow> ofEnterprise(long enterpriseId) {
        return jdbc.sql("select * from rating_credit_intent where enterprise_id = ? order by id desc")
                .param(enterpriseId).query(JdbcIntents::row).list();
    }

    List<IntentRow> all() {
        return jdbc.sql("select * from rating_credit_intent order by id desc").query(JdbcIntents::row).list();
    }

    private static IntentRow row(ResultSet rs, int i) throws SQLException {
        return new IntentRow(rs.getLong("id"), rs.getLong("push_id"), rs.getLong("enterprise_id"),
                rs.getLong("bank_id"), rs.getBigDecimal("amount"), rs.getString("note"),
                Timestamps.read(rs, "created_at"), rs.getString("created_by"), Timestamps.read(rs, "updated_at"),
                rs.getString("updated_by"), Timestamps.read(rs, "withdrawn_at"), rs.getString("withdrawn_by"),
                rs.getLong("seen_rating_id"));
    }
}
