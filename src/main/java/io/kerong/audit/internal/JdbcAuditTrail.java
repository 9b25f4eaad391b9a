package io.kerong.audit.internal;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditCheckpoint;
import io.kerong.audit.AuditEntry;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.audit.ChainVerification;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;
    private final AuditKey key;
    private final Checkpoints checkpoints;
    private final ChainVerifier verifier;
    private final ChainLock lock;
    private final ChainOrigin origin;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock, JsonMapper json, AuditKey key, Checkpoints checkpoints,
                   ChainVerifier verifier, ChainLock lock, ChainOrigin origin) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.key = key;
        this.checkpoints = checkpoints;
        this.verifier = verifier;
        this.lock = lock;
        this.origin = origin;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditRecord change) {
        lockChainAndBeginIt();
        String previous = jdbc.sql("select hash from audit_entry order by id desc limit 1")
                .query(String.class).optional().orElse(ChainHash.GENESIS);
        long id = jdbc.sql("select nextval('audit_entry_id_seq')").query(Long.class).single();
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        var actor = change.actor();
        ChainAlgorithm algorithm = key.algorithm();
        AuditEntry unhashed = new AuditEntry(id, at, actor.userId(), actor.name(), actor.organizationId(),
                change.subjectType(), change.subjectId(), change.subjectOrganizationId(), change.action(),
                toJson(change.before()), toJson(change.after()), previous, null, algorithm.storedName());
        AuditEntry entry = withHash(unhashed, ChainHash.of(unhashed, algorithm, key));
        jdbc.sql("""
                insert into audit_entry (id, occurred_at, actor_user_id, actor_name, actor_org_id, subject_type,
                    subject_id, subject_org_id, action, before_state, after_state, prev_hash, hash, algorithm)
                values (:id, :at, :uid, :uname, :uorg, :stype, :sid, :sorg, :action, :before, :after, :prev, :hash,
                    :algorithm)""")
                .param("id", id).param("at", at).param("uid", actor.userId()).param("uname", actor.name())
                .param("uorg", actor.organizationId()).param("stype", change.subjectType())
                .param("sid", change.subjectId()).param("sorg", change.subjectOrganizationId())
                .param("action", change.action()).param("before", entry.before()).param("after", entry.after())
                .param("prev", previous).param("hash", entry.hash()).param("algorithm", entry.algorithm()).update();
        return entry;
    }

    @Override
    public List<AuditEntry> latest(int limit, long beforeId) {
        return jdbc.sql("select * from audit_entry where id < ? order by id desc limit ?")
                .params(beforeId, limit).query(AuditEntryRows.ROWS).list();
    }

    @Override
    public List<AuditEntry> forSubjectOrganization(long organizationId, int limit) {
        return jdbc.sql("select * from audit_entry where subject_org_id = ? order by id desc limit ?")
                .params(organizationId, limit).query(AuditEntryRows.ROWS).list();
    }

    @Override
    public List<AuditEntry> forSubject(String subjectType, String subjectId, int limit) {
        return jdbc.sql("select * from audit_entry where subject_type = ? and subject_id = ? order by id desc limit ?")
                .params(subjectType, subjectId, limit).query(AuditEntryRows.ROWS).list();
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        return verifier.verify();
    }

    @Override
    @Transactional
    public AuditCheckpoint checkpoint(AuditActor by) {
        lockChainAndBeginIt();
        long id = checkpoints.nextId();
        record(new AuditRecord(by, "audit.checkpoint", String.valueOf(id), null, "audit.checkpoint.created", null,
                Map.of("checkpoint", id)));
        return checkpoints.write(id, checkpoints.head(), origin.forNextCheckpoint());
    }

    /**
     * The scheduled checkpoint, by the platform itself: not itself recorded in the trail (that would move the head
     * every time), and skipped while the head has not moved since the last checkpoint.
     */
    @Transactional
    public Optional<AuditCheckpoint> checkpointIfMoved() {
        lock.hold();
        ChainHead head = checkpoints.head();
        boolean moved = checkpoints.latest().map(c -> c.entryCount() != head.entryCount()
                || !head.lastHash().equals(c.lastHash())).orElse(head.entryCount() > 0);
        return moved ? Optional.of(checkpoints.write(checkpoints.nextId(), head, origin.forNextCheckpoint()))
                : Optional.empty();
    }

    /** At start-up: the first checkpoint, recording where the old unkeyed entries end, if none records it yet. */
    @Transactional
    public void recordTheChainsOriginAtStartup() {
        lock.hold();
        origin.recordAtStartup();
    }

    @Override
    public Optional<AuditCheckpoint> latestCheckpoint() {
        return checkpoints.latest();
    }

    /** Before the first entry of a database where no checkpoint was ever written, the first checkpoint. */
    private void lockChainAndBeginIt() {
        lock.hold();
        if (checkpoints.noneEverWritten()) {
            origin.writeFirstCheckpoint();
        }
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.id(), e.occurredAt(), e.actorUserId(), e.actorName(), e.actorOrganizationId(),
                e.subjectType(), e.subjectId(), e.subjectOrganizationId(), e.action(), e.before(), e.after(),
                e.previousHash(), hash, e.algorithm());
    }
}
