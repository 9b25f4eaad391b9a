package io.kerong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A deployment that must use national algorithms: the chain and its checkpoints keyed with HMAC-SM3. */
@SpringBootTest(properties = "kerong.audit.algorithm=HMAC-SM3")
class Sm3AuditChainIntegrationTest {

    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired @FlywayDataSource DataSource owner;

    private final AuditActor operator = new AuditActor(1L, "王科员 (成都市科学技术局)", 1L);

    @Test
    void anHmacSm3ChainWithCheckpointsVerifiesAndATamperedEntryIsFound() throws Exception {
        new DatabaseAdministrator(owner).emptyTheAuditTables();
        AuditEntry first = record("1");
        AuditEntry second = record("2");
        AuditCheckpoint checkpoint = trail.checkpoint(operator);

        assertThat(second.algorithm()).isEqualTo("HMAC-SM3");
        assertThat(checkpoint.algorithm()).isEqualTo("HMAC-SM3");
        assertThat(trail.verify().findings()).isEmpty();
        assertThat(trail.verify().checkpoint()).isEqualTo(checkpoint);

        new DatabaseAdministrator(owner).bypassingTriggers(
                "update audit_entry set after_state = '{\"employees\":99}' where id = ?", first.id());
        assertThat(trail.verify().findings()).extracting(ChainFinding::code, ChainFinding::entryId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("audit.finding.hash-mismatch", first.id()));
    }

    private AuditEntry record(String id) {
        return tx.execute(s -> trail.record(new AuditRecord(operator, "enterprise", id, null, "update",
                null, Map.of("employees", 40))));
    }
}
