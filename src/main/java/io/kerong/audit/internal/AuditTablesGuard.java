package io.kerong.audit.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks at start-up that the platform's own connection cannot rewrite the audit trail: no table whose name starts with
 * {@code audit_} may be updated, deleted from or truncated by it. Where the platform and the migrations share one role
 * (an external database set up with a single user), the migrations grant and revoke nothing and the platform would run
 * as the owner of the audit tables: it then refuses to start, unless {@code kerong.db.allow-audit-writes} says
 * otherwise, and even then says so at ERROR at every start.
 */
@Component
class AuditTablesGuard implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AuditTablesGuard.class);

    private final JdbcClient jdbc;
    private final boolean allowAuditWrites;

    AuditTablesGuard(JdbcClient jdbc, @Value("${kerong.db.allow-audit-writes:false}") boolean allowAuditWrites) {
        this.jdbc = jdbc;
        this.allowAuditWrites = allowAuditWrites;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> writable = writableAuditTables();
        if (writable.isEmpty()) {
            return;
        }
        String role = jdbc.sql("select current_user").query(String.class).single();
        String problem = "The platform's database role '" + role + "' may change the audit trail ("
                + String.join("; ", writable) + "): whoever has its password could rewrite the audit tables. "
                + "Run the migrations as the owner and connect the platform as its own role "
                + "(SPRING_FLYWAY_USER / SPRING_DATASOURCE_USERNAME, see docs/audit-trail.md, \"Database roles\")";
        if (!allowAuditWrites) {
            throw new IllegalStateException(problem + ", or set KERONG_DB_ALLOW_AUDIT_WRITES=true "
                    + "(kerong.db.allow-audit-writes) to start anyway.");
        }
        log.error("{}. Started anyway because kerong.db.allow-audit-writes (KERONG_DB_ALLOW_AUDIT_WRITES) is true.",
                problem);
    }

    /** Each audit table the platform's connection may UPDATE, DELETE from or TRUNCATE, with what it may do. */
    List<String> writableAuditTables() {
        return jdbc.sql("""
                select c.relname || ': ' || string_agg(p.privilege, ', ' order by p.n)
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
                cross join (values (1, 'UPDATE'), (2, 'DELETE'), (3, 'TRUNCATE')) as p (n, privilege)
                where c.relkind in ('r', 'p') and c.relname like 'audit\\_%'
                  and has_table_privilege(current_user, c.oid, p.privilege)
                group by c.relname
                order by c.relname""").query(String.class).list();
    }
}
