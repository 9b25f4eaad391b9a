package io.kerong.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.audit.AuditTrailTest;
import io.kerong.audit.DatabaseAdministrator;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@AuditTrailTest
class ScheduledCheckpointsIntegrationTest {

    @Autowired ScheduledCheckpoints scheduled;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired @FlywayDataSource DataSource owner;

    @Test
    void theScheduledCheckpointIsWrittenWhenTheHeadMovedAndOnlyThen() throws Exception {
        new DatabaseAdministrator(owner).emptyTheAuditTables();
        scheduled.checkpoint();
        assertThat(checkpoints()).as("an empty trail has nothing to checkpoint").isZero();

        tx.executeWithoutResult(s -> trail.record(new AuditRecord(AuditActor.SYSTEM, "enterprise", "1", null,
                "update", null, Map.of("a", 1))));
        assertThat(checkpoints()).as("the first one, before the first entry").isEqualTo(1);
        scheduled.checkpoint();
        scheduled.checkpoint();

        assertThat(checkpoints()).isEqualTo(2);
        assertThat(trail.latestCheckpoint().orElseThrow().entryCount()).isEqualTo(1);
        assertThat(trail.verify().findings()).isEmpty();
    }

    private long checkpoints() {
        return jdbc.sql("select count(*) from audit_checkpoint").query(Long.class).single();
    }
}
