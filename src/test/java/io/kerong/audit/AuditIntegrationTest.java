package io.kerong.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.sql.SQLException;
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
}
