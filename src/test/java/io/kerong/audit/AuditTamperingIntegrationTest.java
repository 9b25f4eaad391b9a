package io.kerong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A database administrator who switches the triggers off and removes or rewrites entries at the end of the trail,
 * where no later entry's link would show it: the keyed chain and its signed checkpoints find it and name it.
 */
class AuditTamperingIntegrationTest extends AuditIntegrationTest {

    @Test
    void deletingTheLastEntryIsFoundAndNamedEvenAfterThePlatformWroteMore() throws Exception {
        List<AuditEntry> entries = recordSeveral(5);
        AuditCheckpoint checkpoint = trail.checkpoint(operator);
        AuditEntry lastCheckpointed = last();

        dba.bypassingTriggers("delete from audit_entry where id = ?", lastCheckpointed.id());
        record("6", null, Map.of("name", "成都星泰微电子科技有限公司"));

        ChainVerification verification = trail.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.findings()).extracting(ChainFinding::code).containsExactly("audit.finding.truncated");
        assertThat(verification.findings().getFirst().checkpointId()).isEqualTo(checkpoint.id());
        assertThat(findingsInTheApi()).containsExactly("第 5 条记录（#" + entries.getLast().id() + "）之后的 1 条记录已被删除："
                + "检查点 #" + checkpoint.id() + " 记录了 6 条，最后一条为 #" + lastCheckpointed.id() + "。");
    }

    @Test
    void deletingTheLastTenEntriesIsFoundAndNamed() throws Exception {
        List<AuditEntry> entries = recordSeveral(12);
        AuditCheckpoint checkpoint = trail.checkpoint(operator);

        int deleted = dba.bypassingTriggers("delete from audit_entry where id > ?", entries.get(2).id());

        assertThat(deleted).isEqualTo(10);
        assertThat(trail.verify().findings()).extracting(ChainFinding::code).containsExactly("audit.finding.truncated");
        assertThat(findingsInTheApi()).singleElement().asString()
                .startsWith("第 3 条记录（#" + entries.get(2).id() + "）之后的 10 条记录已被删除：检查点 #" + checkpoint.id()
                        + " 记录了 13 条");
    }

    @Test
    void rewritingTheLastEntryWithARecomputedUnkeyedHashIsFoundAndNamed() throws Exception {
        recordSeveral(3);
        AuditCheckpoint checkpoint = trail.checkpoint(operator);
        AuditEntry target = last();
        String forgedAfter = "{\"checkpoint\":999}";

        dba.bypassingTriggers("update audit_entry set after_state = ?, hash = ? where id = ?", forgedAfter,
                LegacyChainHash.of(target, forgedAfter), target.id());

        assertThat(trail.verify().findings()).extracting(ChainFinding::code, ChainFinding::entryId).containsExactly(
                tuple("audit.finding.hash-mismatch", target.id()),
                tuple("audit.finding.checkpointed-entry-changed", target.id()));
        assertThat(findingsInTheApi()).containsExactly(
                "记录 #" + target.id() + " 的哈希不符：它在平台之外被修改，或哈希不是用审计密钥计算的。",
                "记录 #" + target.id() + " 与检查点 #" + checkpoint.id() + " 记下的哈希不符：它在检查点之后被改写。");
    }

    @Test
    void relabellingARewrittenEntryAsTheOldUnkeyedFormatIsFound() throws Exception {
        recordSeveral(2);
        AuditEntry target = record("3", Map.of("revenue", "100.00"), Map.of("revenue", "200.00"));
        String forgedAfter = "{\"revenue\":\"900.00\"}";

        dba.bypassingTriggers("update audit_entry set after_state = ?, hash = ?, algorithm = 'SHA-256' where id = ?",
                forgedAfter, LegacyChainHash.of(target, forgedAfter), target.id());

        assertThat(trail.verify().findings()).extracting(ChainFinding::code).containsExactly("audit.finding.unkeyed");
        assertThat(findingsInTheApi()).singleElement().asString().startsWith("记录 #" + target.id() + " 的哈希是无密钥的 SHA-256");
    }

    @Test
    void relabellingTheWholeChainAsUnkeyedAndDeletingTheCheckpointsIsFoundAndNamed() throws Exception {
        List<AuditEntry> entries = recordSeveral(3);
        trail.checkpoint(operator);
        long written = entries.size() + 1;

        dba.relabelTheWholeChainAsUnkeyed();
        dba.bypassingTriggers("delete from audit_checkpoint");

        ChainVerification verification = trail.verify();
        assertThat(verification.findings()).extracting(ChainFinding::code).containsExactly(
                "audit.finding.unkeyed-unproven", "audit.finding.unkeyed-unproven", "audit.finding.unkeyed-unproven",
                "audit.finding.unkeyed-unproven", "audit.finding.never-checkpointed");
        assertThat(verification.findings().getFirst().entryId()).isEqualTo(entries.getFirst().id());
        assertThat(findingsInTheApi().getLast()).isEqualTo(
                "审计日志没有任何有效的检查点（已校验 " + written + " 条记录）：无法证明旧格式的记录和末尾的记录未被改动。");
    }

    @Test
    void aCheckpointWrittenAfterTheCheckpointsWereDeletedDoesNotAcceptTheRelabelledChain() throws Exception {
        List<AuditEntry> entries = recordSeveral(2);
        dba.relabelTheWholeChainAsUnkeyed();
        dba.bypassingTriggers("delete from audit_checkpoint");

        AuditCheckpoint after = trail.checkpoint(operator);

        assertThat(after.legacyCount()).as("no old entries proven").isZero();
        assertThat(trail.verify().findings()).extracting(ChainFinding::code, ChainFinding::entryId).containsExactly(
                tuple("audit.finding.unkeyed-beyond-legacy", entries.get(0).id()),
                tuple("audit.finding.unkeyed-beyond-legacy", entries.get(1).id()));
        assertThat(findingsInTheApi().getFirst()).isEqualTo("记录 #" + entries.get(0).id() + " 的哈希是无密钥的 SHA-256，"
                + "但检查点 #" + after.id() + " 签名记下的旧格式记录只有 0 条（到 #- 为止）：它在平台之外被改写。");
    }

    @Test
    void relabellingEntriesWrittenAfterTheUpgradeAsTheOldFormatIsFoundBeyondTheSignedBoundary() throws Exception {
        String previous = insertOldFormatEntry(1, "0".repeat(64));
        insertOldFormatEntry(2, previous);
        List<AuditEntry> keyed = recordSeveral(2);
        AuditCheckpoint first = trail.latestCheckpoint().orElseThrow();
        long lastOld = keyed.getFirst().id() - 1;

        dba.relabelTheWholeChainAsUnkeyed();

        assertThat(first.legacyCount()).isEqualTo(2);
        assertThat(first.legacyLastId()).isEqualTo(lastOld);
        assertThat(trail.verify().findings()).extracting(ChainFinding::code, ChainFinding::entryId).containsExactly(
                tuple("audit.finding.unkeyed-beyond-legacy", keyed.get(0).id()),
                tuple("audit.finding.unkeyed-beyond-legacy", keyed.get(1).id()));
        assertThat(findingsInTheApi().getFirst()).isEqualTo("记录 #" + keyed.get(0).id() + " 的哈希是无密钥的 SHA-256，"
                + "但检查点 #" + first.id() + " 签名记下的旧格式记录只有 2 条（到 #" + lastOld + " 为止）：它在平台之外被改写。");
    }

    @Test
    void aForgedCheckpointIsNamedAndDoesNotCoverUpATruncation() throws Exception {
        List<AuditEntry> entries = recordSeveral(4);
        AuditCheckpoint genuine = trail.checkpoint(operator);
        AuditEntry kept = entries.get(2);

        dba.bypassingTriggers("delete from audit_entry where id > ?", kept.id());
        dba.asOwner("""
                insert into audit_checkpoint (created_at, entry_count, last_entry_id, last_hash, algorithm, signature)
                values (now(), 3, ?, ?, 'HMAC-SHA256', ?)""", kept.id(), kept.hash(), "ab".repeat(32));
        long forged = jdbc.sql("select max(id) from audit_checkpoint").query(Long.class).single();

        ChainVerification verification = trail.verify();
        assertThat(verification.checkpoint().id()).as("the genuine checkpoint is the one relied on").isEqualTo(genuine.id());
        assertThat(verification.findings()).extracting(ChainFinding::code)
                .containsExactly("audit.finding.checkpoint-forged", "audit.finding.truncated");
        assertThat(findingsInTheApi().getFirst()).isEqualTo("检查点 #" + forged + " 签名无效：它不是用审计密钥签名的，已不予采信。");
    }

    @Test
    void changingAnEntryAfterTheLastCheckpointIsFoundByItsKeyedHash() throws Exception {
        trail.checkpoint(operator);
        AuditEntry target = record("9", Map.of("revenue", "100.00"), Map.of("revenue", "200.00"));
        record("10", null, Map.of("name", "济南泉城新材料有限公司"));

        dba.bypassingTriggers("update audit_entry set after_state = '{\"revenue\":\"900.00\"}' where id = ?", target.id());

        assertThat(trail.verify().findings()).extracting(ChainFinding::code, ChainFinding::entryId)
                .containsExactly(tuple("audit.finding.hash-mismatch", target.id()));
    }

    @Test
    void removingAnEntryInTheMiddleIsFoundAtTheEntryAfterIt() throws Exception {
        List<AuditEntry> entries = recordSeveral(3);

        dba.bypassingTriggers("delete from audit_entry where id = ?", entries.get(1).id());

        assertThat(trail.verify().findings()).extracting(ChainFinding::code, ChainFinding::entryId)
                .containsExactly(tuple("audit.finding.gap", entries.get(2).id()));
    }
}
