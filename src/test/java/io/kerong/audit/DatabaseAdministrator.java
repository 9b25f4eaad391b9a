package io.kerong.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    /** A clean slate for the next test (a fixture, not part of what is tested). */
    public void emptyTheAuditTables() throws SQLException {
        bypassingTriggers("delete from audit_checkpoint");
        bypassingTriggers("delete from audit_entry");
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
