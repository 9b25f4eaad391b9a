package io.kerong.audit.internal;

import io.kerong.shared.Timestamps;
import io.kerong.audit.AuditEntry;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.audit.ChainVerification;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditTrail implements AuditTrail {

    /** Serializes appends across all application nodes so the chain stays a single line. */
    private static final long CHAIN_LOCK = 0x4B4552_4155444954L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditRecord change) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, i) -> 1).list();
        String previous = jdbc.sql("select hash from audit_entry order by id desc limit 1")
                .query(String.class).optional().orElse(ChainHash.GENESIS);
        long id = jdbc.sql("select nextval('audit_entry_id_seq')").query(Long.class).single();
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        var actor = change.actor();
        AuditEntry entry = new AuditEntry(id, at, actor.userId(), actor.name(), actor.organizationId(),
                change.subjectType(), change.subjectId(), change.subjectOrganizationId(), change.action(),
                toJson(change.before()), toJson(change.after()), previous, null);
        String hash = ChainHash.of(entry);
        jdbc.sql("""
                insert into audit_entry (id, occurred_at, actor_user_id, actor_name, actor_org_id, subject_type,
                    subject_id, subject_org_id, action, before_state, after_state, prev_hash, hash)
                values (:id, :at, :uid, :uname, :uorg, :stype, :sid, :sorg, :action, :before, :after, :prev, :hash)""")
                .param("id", id).param("at", at).param("uid", actor.userId()).param("uname", actor.name())
                .param("uorg", actor.organizationId()).param("stype", change.subjectType())
                .param("sid", change.subjectId()).param("sorg", change.subjectOrganizationId())
                .param("action", change.action()).param("before", entry.before()).param("after", entry.after())
                .param("prev", previous).param("hash", hash).update();
        return withHash(entry, hash);
    }

    @Override
    public List<AuditEntry> latest(int limit, long beforeId) {
        return jdbc.sql("select * from audit_entry where id < ? order by id desc limit ?")
                .params(beforeId, limit).query(ROWS).list();
    }

    @Override
    public List<AuditEntry> forSubjectOrganization(long organizationId, int limit) {
        return jdbc.sql("select * from audit_entry where subject_org_id = ? order by id desc limit ?")
                .params(organizationId, limit).query(ROWS).list();
    }

    @Override
    public List<AuditEntry> forSubject(String subjectType, String subjectId, int limit) {
        return jdbc.sql("select * from audit_entry where subject_type = ? and subject_id = ? order by id desc limit ?")
                .params(subjectType, subjectId, limit).query(ROWS).list();
    }

    @Override
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AtomicReference<String> expectedPrevious = new AtomicReference<>(ChainHash.GENESIS);
        long[] checked = {0};
        AtomicReference<ChainVerification> broken = new AtomicReference<>();
        jdbc.sql("select * from audit_entry order by id").query(ROWS).stream().forEach(entry -> {
            if (broken.get() != null) {
                return;
            }
            checked[0]++;
            if (!entry.previousHash().equals(expectedPrevious.get())) {
                broken.set(new ChainVerification(checked[0], entry.id(), "audit.chain.gap"));
            } else if (!ChainHash.of(entry).equals(entry.hash())) {
                broken.set(new ChainVerification(checked[0], entry.id(), "audit.chain.altered"));
            }
            expectedPrevious.set(entry.hash());
        });
        return broken.get() != null ? broken.get() : new ChainVerification(checked[0], null, null);
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.id(), e.occurredAt(), e.actorUserId(), e.actorName(), e.actorOrganizationId(),
                e.subjectType(), e.subjectId(), e.subjectOrganizationId(), e.action(), e.before(), e.after(),
                e.previousHash(), hash);
    }

    private static final RowMapper<AuditEntry> ROWS = (rs, i) -> new AuditEntry(rs.getLong("id"),
            Timestamps.read(rs, "occurred_at"), (Long) rs.getObject("actor_user_id"),
            rs.getString("actor_name"), (Long) rs.getObject("actor_org_id"), rs.getString("subject_type"),
            rs.getString("subject_id"), (Long) rs.getObject("subject_org_id"), rs.getString("action"),
            rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"));
}
