package io.kerong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** The platform's database role may add to the audit trail but not change it; the triggers refuse even the owner. */
class AuditDatabaseRolesIntegrationTest extends AuditIntegrationTest {

    private static final List<String> CHANGES = List.of("update audit_entry set actor_name = 'x'",
            "delete from audit_entry", "truncate audit_entry", "update audit_checkpoint set entry_count = 0",
            "delete from audit_checkpoint", "truncate audit_checkpoint");

    @Test
    void thePlatformConnectsAsItsOwnRoleNotAsTheOwner() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("kerong_app");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
    }

    @Test
    void thePlatformsRoleMayNotUpdateDeleteOrTruncateTheAuditTables() {
        recordSeveral(2);
        trail.checkpoint(operator);

        for (String change : CHANGES) {
            assertThatThrownBy(() -> jdbc.sql(change).update()).as(change)
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied for table");
        }
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.verify().entriesChecked()).isEqualTo(3);
    }

    @Test
    void theTriggersRefuseUpdateDeleteAndTruncateEvenToTheOwner() {
        recordSeveral(2);
        trail.checkpoint(operator);

        for (String change : CHANGES) {
            assertThatThrownBy(() -> dba.asOwner(change)).as(change)
                    .isInstanceOf(SQLException.class).hasMessageContaining("the audit trail is append-only");
        }
        assertThat(trail.verify().entriesChecked()).isEqualTo(3);
    }

    @Test
    void tablesThatLaterMigrationsCreateAreTheRolesToReadAndWrite() throws Exception {
        dba.asOwner("create table later_module_test (id bigserial primary key, name text)");
        try {
            jdbc.sql("insert into later_module_test (name) values ('a')").update();
            jdbc.sql("update later_module_test set name = 'b'").update();
            assertThat(jdbc.sql("delete from later_module_test").update()).isEqualTo(1);
            jdbc.sql("truncate later_module_test").update();
        } finally {
            dba.asOwner("drop table later_module_test");
        }
    }
}
