package io.kerong.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A database administrator: connected as the owner and superuser ({@code postgres}), not as the platform. With the
 * triggers on, even they cannot change the audit tables; {@link #bypassingTriggers} is the deliberate act of switching
 * them off for the session ({@code session_replication_role = replica}) that the keyed chain must then reveal.
 */
public final class DatabaseAdministrator {

    private final DataSource owner;

    public DatabaseAdministrator(DataSource owner) {
        this.owner = owner;
    }

    public int asOwner(String sql, Object... params) throws SQLException {
        return run(false, sql, params);
    }

    public int bypassingTriggers(String sql, Object... params) throws SQLException {
        return run(true, sql, params);
    }

    /**
     * A clean slate for the next test, as on a new database where no checkpoint was ever written (a fixture, not part
     * of what is tested).
     */
    public void emptyTheAuditTables() throws SQLException {
        bypassingTriggers("delete from audit_checkpoint");
        bypassingTriggers("delete from audit_entry");
        asOwner("alter sequence audit_checkpoint_id_seq restart");
    }

    /**
     * Rewrites every entry in the old, unkeyed format: each relabelled SHA-256 with a plain hash recomputed over its
     * fields and the rewritten hash before it, as anyone with write access to the database can.
     */
    public void relabelTheWholeChainAsUnkeyed() throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection c = owner.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("select * from audit_entry order by id")) {
            while (rs.next()) {
                entries.add(new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        (Long) rs.getObject("actor_user_id"), rs.getString("actor_name"),
                        (Long) rs.getObject("actor_org_id"), rs.getString("subject_type"), rs.getString("subject_id"),
                        (Long) rs.getObject("subject_org_id"), rs.getString("action"), rs.getString("before_state"),
                        rs.getString("after_state"), null, null, "SHA-256"));
            }
        }
        String previous = "0".repeat(64);
        for (AuditEntry e : entries) {
            AuditEntry relinked = new AuditEntry(e.id(), e.occurredAt(), e.actorUserId(), e.actorName(),
                    e.actorOrganizationId(), e.subjectType(), e.subjectId(), e.subjectOrganizationId(), e.action(),
                    e.before(), e.after(), previous, null, "SHA-256");
            String hash = LegacyChainHash.of(relinked, e.after());
            bypassingTriggers("update audit_entry set prev_hash = ?, hash = ?, algorithm = 'SHA-256' where id = ?",
                    previous, hash, e.id());
            previous = hash;
        }
    }

    private int run(boolean bypass, String sql, Object... params) throws SQLException {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (bypass) {
                    c.createStatement().execute("set local session_replication_role = replica");
                }
                int rows;
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    for (int i = 0; i < params.length; i++) {
                        s.setObject(i + 1, params[i]);
                    }
                    rows = s.executeUpdate();
                }
                c.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
