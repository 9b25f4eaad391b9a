package io.kerong.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** What the audit tests share: an empty trail, entries recorded through the platform, a DBA, the operator's API. */
@AuditTrailTest
abstract class AuditIntegrationTest {

    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired @FlywayDataSource DataSource ownerDataSource;

    final AuditActor operator = new AuditActor(1L, "王科员 (成都市科学技术局)", 1L);
    DatabaseAdministrator dba;

    @BeforeEach
    void emptyTrail() throws SQLException {
        dba = new DatabaseAdministrator(ownerDataSource);
        dba.emptyTheAuditTables();
    }

    AuditEntry record(String subjectId, Object before, Object after) {
        return tx.execute(s -> trail.record(new AuditRecord(operator, "enterprise", subjectId, null, "update",
                before, after)));
    }

    List<AuditEntry> recordSeveral(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> record(String.valueOf(i), Map.of("employees", i), Map.of("employees", i + 1))).toList();
    }

    AuditEntry last() {
        return trail.latest(1, Long.MAX_VALUE).getFirst();
    }

    /** The operator's verification through the API: the findings' texts as the operator reads them (Chinese). */
    List<String> findingsInTheApi() throws Exception {
        String body = mvc.perform(post("/api/v1/audit/verification").with(user(users.loadUserByUsername("admin")))
                .with(csrf())).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.findings[*].message");
    }

    /** An entry as the platform wrote them before the chain was keyed: plain SHA-256, algorithm left to its default. */
    String insertOldFormatEntry(int n, String previous) throws Exception {
        long id = jdbc.sql("select nextval('audit_entry_id_seq')").query(Long.class).single();
        OffsetDateTime at = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        String after = "{\"employees\":" + n + "}";
        AuditEntry old = new AuditEntry(id, at, 1L, operator.name(), 1L, "enterprise", String.valueOf(n), null,
                "update", null, after, previous, null, "SHA-256");
        String hash = LegacyChainHash.of(old, after);
        dba.asOwner("""
                insert into audit_entry (id, occurred_at, actor_user_id, actor_name, actor_org_id, subject_type,
                    subject_id, action, after_state, prev_hash, hash, algorithm)
                values (?, ?, 1, ?, 1, 'enterprise', ?, 'update', ?, ?, ?, 'SHA-256')""",
                id, at, operator.name(), String.valueOf(n), after, previous, hash);
        return hash;
    }
}
