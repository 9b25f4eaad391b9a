package io.kerong.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.audit.AuditTrailTest;
import io.kerong.audit.DatabaseAdministrator;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every audit table is append-only for the platform's role. V101's default privileges give that role UPDATE, DELETE
 * and TRUNCATE on every table a later migration creates, so a migration adding an audit_* table must revoke them: one
 * that forgets fails here (and the platform refuses to start on such a database).
 */
@AuditTrailTest
class AuditTablesGuardIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired AuditTablesGuard guard;
    @Autowired @FlywayDataSource DataSource owner;

    @Test
    void thePlatformsRoleCannotUpdateDeleteOrTruncateAnyTableWhoseNameStartsWithAudit() {
        List<String> auditTables = jdbc.sql("""
                select tablename from pg_tables where schemaname = current_schema() and tablename like 'audit\\_%'
                order by tablename""").query(String.class).list();
        assertThat(auditTables).contains("audit_checkpoint", "audit_entry");

        for (String table : auditTables) {
            for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE")) {
                assertThat(jdbc.sql("select has_table_privilege(current_user, ?, ?)").params(table, privilege)
                        .query(Boolean.class).single()).as("%s on %s for %s", privilege, table, "kerong_app").isFalse();
            }
        }
        assertThat(guard.writableAuditTables()).isEmpty();
    }

    @Test
    void anAuditTableWhoseMigrationForgetsToRevokeIsFound() throws Exception {
        DatabaseAdministrator dba = new DatabaseAdministrator(owner);
        dba.asOwner("create table audit_test_forgotten (id bigint)");
        try {
            assertThat(guard.writableAuditTables()).containsExactly("audit_test_forgotten: UPDATE, DELETE, TRUNCATE");
            dba.asOwner("revoke update, delete on audit_test_forgotten from kerong_app");
            assertThat(guard.writableAuditTables()).containsExactly("audit_test_forgotten: TRUNCATE");
        } finally {
            dba.asOwner("drop table audit_test_forgotten");
        }
    }
}
