package io.kerong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailIntegrationTest {

    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    private final AuditActor operator = new AuditActor(1L, "王科员 (成都市科学技术局)", 1L);

    @BeforeEach
    void emptyTrail() {
        jdbc.sql("delete from audit_entry").update();
    }

    @Test
    void entriesAreChainedAndTheChainVerifies() {
        AuditEntry first = record("enterprise", "7", Map.of("employees", 40), Map.of("employees", 45));
        AuditEntry second = record("enterprise", "7", Map.of("employees", 45), Map.of("employees", 50));

        assertThat(second.previousHash()).isEqualTo(first.hash());
        ChainVerification verification = trail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(2);
    }

    @Test
    void aRowChangedBehindThePlatformsBackIsDetected() {
        record("enterprise", "7", null, Map.of("name", "成都星泰微电子科技有限公司"));
        AuditEntry tampered = record("enterprise", "7", Map.of("revenue", "100.00"), Map.of("revenue", "200.00"));
        record("enterprise", "8", null, Map.of("name", "济南泉城新材料有限公司"));

        jdbc.sql("update audit_entry set after_state = '{\"revenue\":\"900.00\"}' where id = ?").param(tampered.id()).update();

        ChainVerification verification = trail.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenEntryId()).isEqualTo(tampered.id());
        assertThat(verification.problem()).isEqualTo("audit.chain.altered");
    }

    @Test
    void aRemovedRowIsDetected() {
        record("user", "1", null, Map.of("roles", "STAFF"));
        AuditEntry removed = record("user", "1", Map.of("roles", "STAFF"), Map.of("roles", "ORG_ADMIN"));
        AuditEntry after = record("user", "1", Map.of("enabled", true), Map.of("enabled", false));

        jdbc.sql("delete from audit_entry where id = ?").param(removed.id()).update();

        ChainVerification verification = trail.verify();
        assertThat(verification.firstBrokenEntryId()).isEqualTo(after.id());
        assertThat(verification.problem()).isEqualTo("audit.chain.gap");
    }

    @Test
    void recordingOutsideATransactionIsRefusedSoNoChangeGoesUnrecorded() {
        assertThatThrownBy(() -> trail.record(new AuditRecord(operator, "enterprise", "1", null, "update", null, null)))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void anEnterpriseSeesOnlyItsOwnHistory() {
        tx.executeWithoutResult(s -> {
            trail.record(new AuditRecord(operator, "enterprise", "1", 11L, "update", null, Map.of("a", 1)));
            trail.record(new AuditRecord(operator, "enterprise", "2", 12L, "update", null, Map.of("a", 2)));
        });
        assertThat(trail.forSubjectOrganization(11L, 10)).extracting(AuditEntry::subjectId).containsExactly("1");
    }

    private AuditEntry record(String type, String id, Object before, Object after) {
        return tx.execute(s -> trail.record(new AuditRecord(operator, type, id, null, "update", before, after)));
    }
}
