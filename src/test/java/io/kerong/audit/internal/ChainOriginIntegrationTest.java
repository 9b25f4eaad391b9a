package io.kerong.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditCheckpoint;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.audit.AuditTrailTest;
import io.kerong.audit.ChainFinding;
import io.kerong.audit.DatabaseAdministrator;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The first checkpoint at start-up, and what a restart does on a database whose checkpoints were removed. */
@AuditTrailTest
class ChainOriginIntegrationTest {

    @Autowired JdbcAuditTrail platform;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired @FlywayDataSource DataSource owner;
    DatabaseAdministrator dba;

    @BeforeEach
    void newDatabase() throws Exception {
        dba = new DatabaseAdministrator(owner);
        dba.emptyTheAuditTables();
    }

    @Test
    void onANewDatabaseTheStartWritesTheFirstCheckpointWithNoOldEntriesAndOnlyOnce() {
        platform.recordTheChainsOriginAtStartup();
        platform.recordTheChainsOriginAtStartup();

        AuditCheckpoint first = trail.latestCheckpoint().orElseThrow();
        assertThat(checkpoints()).isEqualTo(1);
        assertThat(first.entryCount()).isZero();
        assertThat(first.legacyCount()).isZero();
        assertThat(first.legacyLastId()).isNull();
    }

    @Test
    void aRestartAfterTheCheckpointsWereRemovedDoesNotTakeTheOldEntriesFromTheRelabelledChain() throws Exception {
        tx.executeWithoutResult(s -> trail.record(new AuditRecord(AuditActor.SYSTEM, "enterprise", "1", null, "update",
                null, Map.of("a", 1))));
        dba.relabelTheWholeChainAsUnkeyed();
        dba.bypassingTriggers("delete from audit_checkpoint");

        platform.recordTheChainsOriginAtStartup();

        assertThat(checkpoints()).as("nothing signed that would accept the relabelled entries").isZero();
        assertThat(trail.verify().findings()).extracting(ChainFinding::code)
                .containsExactly("audit.finding.unkeyed-unproven", "audit.finding.never-checkpointed");
    }

    private long checkpoints() {
        return jdbc.sql("select count(*) from audit_checkpoint").query(Long.class).single();
    }
}
