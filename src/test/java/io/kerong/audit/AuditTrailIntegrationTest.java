package io.kerong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

class AuditTrailIntegrationTest extends AuditIntegrationTest {

    @Test
    void entriesAreChainedWithTheKeyAndTheChainVerifies() {
        AuditEntry first = record("7", Map.of("employees", 40), Map.of("employees", 45));
        AuditEntry second = record("7", Map.of("employees", 45), Map.of("employees", 50));

        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.algorithm()).isEqualTo("HMAC-SHA256");
        assertThat(second.hash()).as("not the unkeyed hash anyone could recompute")
                .isNotEqualTo(LegacyChainHash.of(second, second.after()));
        ChainVerification verification = trail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(2);
        assertThat(verification.checkpoint().entryCount()).as("the first checkpoint, before the first entry").isZero();
        assertThat(verification.checkpoint().legacyCount()).as("a new database has no old unkeyed entries").isZero();
    }

    @Test
    void anUnbrokenChainWithCheckpointsVerifiesAgainstTheLastOne() {
        recordSeveral(3);
        trail.checkpoint(operator);
        recordSeveral(2);
        AuditCheckpoint second = trail.checkpoint(operator);
        record("8", null, Map.of("name", "济南泉城新材料有限公司"));

        ChainVerification verification = trail.verify();
        assertThat(verification.findings()).isEmpty();
        assertThat(verification.checkpoint()).isEqualTo(second);
        assertThat(second.entryCount()).isEqualTo(7);
        assertThat(verification.entriesChecked()).isEqualTo(8);
        assertThat(jdbc.sql("select action from audit_entry where id = ?").param(second.lastEntryId())
                .query(String.class).single()).as("who asked for the checkpoint is in the trail")
                .isEqualTo("audit.checkpoint.created");
    }

    @Test
    void entriesOfTheOldUnkeyedFormatFollowedByKeyedOnesVerify() throws Exception {
        String previous = "0".repeat(64);
        for (int i = 1; i <= 3; i++) {
            previous = insertOldFormatEntry(i, previous);
        }
        AuditEntry keyed = record("4", null, Map.of("name", "成都星泰微电子科技有限公司"));
        trail.checkpoint(operator);

        assertThat(keyed.previousHash()).as("the keyed chain continues from the old one").isEqualTo(previous);
        assertThat(jdbc.sql("select algorithm from audit_entry order by id").query(String.class).list())
                .containsExactly("SHA-256", "SHA-256", "SHA-256", "HMAC-SHA256", "HMAC-SHA256");
        assertThat(trail.verify().findings()).isEmpty();
    }

    @Test
    void theVerificationOnTheOperatorsPageNamesWhatWasFound() throws Exception {
        recordSeveral(2);
        AuditCheckpoint checkpoint = trail.checkpoint(operator);
        dba.bypassingTriggers("delete from audit_entry where id = ?", checkpoint.lastEntryId());

        mvc.perform(post("/operator/audit/verify").with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("第 2 条记录")))
                .andExpect(content().string(Matchers.containsString("之后的 1 条记录已被删除")));
    }

    @Test
    void theOperatorWritesACheckpointOnDemandFromThePageAndTheApi() throws Exception {
        record("1", null, Map.of("a", 1));
        mvc.perform(post("/operator/audit/checkpoints").with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("已写入检查点")));
        mvc.perform(post("/api/v1/audit/checkpoints").with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entryCount").value(3))
                .andExpect(jsonPath("$.algorithm").value("HMAC-SHA256"));
        assertThat(jdbc.sql("select count(*) from audit_checkpoint").query(Long.class).single())
                .as("the first one, written before the first entry, and the two asked for").isEqualTo(3);
        assertThat(jdbc.sql("select actor_user_id from audit_entry where action = 'audit.checkpoint.created' limit 1")
                .query(Long.class).single()).as("the operator who asked").isNotNull();
    }

    @Test
    void theAuditPageShowsDatesAsChineseReadersWriteThemAndInEnglishForEnglishReaders() throws Exception {
        record("1", null, Map.of("a", 1));
        OffsetDateTime at = last().occurredAt();
        String time = String.format("%02d:%02d:%02d", at.getHour(), at.getMinute(), at.getSecond());

        mvc.perform(get("/operator/audit").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(at.getYear() + " 年 " + at.getMonthValue() + " 月 "
                        + at.getDayOfMonth() + " 日 " + time)));
        mvc.perform(get("/operator/audit").param("lang", "en").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(at.getDayOfMonth() + " "
                        + at.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " "
                        + at.getYear() + ", " + time)));
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
}
