package io.kerong.audit.internal;

import io.kerong.audit.AuditCheckpoint;
import io.kerong.shared.Timestamps;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed checkpoints of the chain's head in {@code audit_checkpoint}: written, read and checked. Each one is also
 * logged in full (it holds no secret): where the log is shipped off the database host, that copy survives a database
 * administrator who removes the latest checkpoints together with the entries they cover.
 */
@Component
class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final Clock clock;

    Checkpoints(JdbcClient jdbc, AuditKey key, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.clock = clock;
    }

    long nextId() {
        return jdbc.sql("select nextval('audit_checkpoint_id_seq')").query(Long.class).single();
    }

    /** The chain's head now: the caller holds the chain's lock, so it cannot move meanwhile. */
    ChainHead head() {
        long count = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        return jdbc.sql("select id, hash from audit_entry order by id desc limit 1")
                .query((rs, i) -> new ChainHead(count, rs.getLong("id"), rs.getString("hash"))).optional()
                .orElse(new ChainHead(0, null, ChainHash.GENESIS));
    }

    /**
     * Signs and stores the head with where the old unkeyed entries end; the caller holds the chain's lock, so the head
     * cannot move meanwhile.
     */
    AuditCheckpoint write(long id, ChainHead head, LegacyPrefix legacy) {
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String algorithm = key.algorithm().storedName();
        AuditCheckpoint unsigned = new AuditCheckpoint(id, at, head.entryCount(), head.lastEntryId(), head.lastHash(),
                algorithm, null, legacy.count(), legacy.lastEntryId());
        String signature = key.hash(key.algorithm(), canonical(unsigned));
        jdbc.sql("""
                insert into audit_checkpoint (id, created_at, entry_count, last_entry_id, last_hash, algorithm, signature,
                    legacy_count, legacy_last_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, at, head.entryCount(), head.lastEntryId(), head.lastHash(), algorithm, signature,
                        legacy.count(), legacy.lastEntryId())
                .update();
        log.info("Audit checkpoint #{} at {}: {} entries, last #{} hash {}, old unkeyed entries {} up to #{}, {} "
                + "signature {}", id, at, head.entryCount(), head.lastEntryId(), head.lastHash(), legacy.count(),
                legacy.lastEntryId(), algorithm, signature);
        return new AuditCheckpoint(id, at, head.entryCount(), head.lastEntryId(), head.lastHash(), algorithm,
                signature, legacy.count(), legacy.lastEntryId());
    }

    /** No checkpoint was ever written here (none stored, their sequence never used): the keyed chain is beginning. */
    boolean noneEverWritten() {
        return jdbc.sql("""
                select not exists (select 1 from audit_checkpoint)
                       and not (select is_called from audit_checkpoint_id_seq)""").query(Boolean.class).single();
    }

    /** Oldest first. */
    List<AuditCheckpoint> all() {
        return jdbc.sql("select * from audit_checkpoint order by id").query(ROWS).list();
    }

    Optional<AuditCheckpoint> latest() {
        return jdbc.sql("select * from audit_checkpoint order by id desc limit 1").query(ROWS).optional();
    }

    /** Whether the checkpoint was signed with the audit key: a keyed algorithm and an HMAC over its fields that fits. */
    boolean signedWithTheKey(AuditCheckpoint c) {
        return ChainAlgorithm.named(c.algorithm()).filter(ChainAlgorithm::keyed)
                .map(a -> key.matches(a, canonical(c), c.signature())).orElse(false);
    }

    /** Checkpoints written before they recorded the old entries' boundary keep the text they were signed over. */
    private static String canonical(AuditCheckpoint c) {
        String fields = String.join(SEPARATOR, "checkpoint", String.valueOf(c.id()), c.createdAt().toInstant().toString(),
                String.valueOf(c.entryCount()), String.valueOf(c.lastEntryId()), c.lastHash(), c.algorithm());
        return c.legacyCount() == null ? fields
                : String.join(SEPARATOR, fields, "legacy", String.valueOf(c.legacyCount()),
                        String.valueOf(c.legacyLastId()));
    }

    private static final RowMapper<AuditCheckpoint> ROWS = (rs, i) -> new AuditCheckpoint(rs.getLong("id"),
            Timestamps.read(rs, "created_at"), rs.getLong("entry_count"), (Long) rs.getObject("last_entry_id"),
            rs.getString("last_hash"), rs.getString("algorithm"), rs.getString("signature"),
            (Long) rs.getObject("legacy_count"), (Long) rs.getObject("legacy_last_id"));
}
