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

    /** Signs and stores the head; the caller holds the chain's lock, so the head cannot move meanwhile. */
    AuditCheckpoint write(long id, ChainHead head) {
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        ChainAlgorithm algorithm = key.algorithm();
        AuditCheckpoint unsigned = new AuditCheckpoint(id, at, head.entryCount(), head.lastEntryId(), head.lastHash(),
                algorithm.storedName(), null);
        String signature = key.hash(algorithm, canonical(unsigned));
        jdbc.sql("""
                insert into audit_checkpoint (id, created_at, entry_count, last_entry_id, last_hash, algorithm, signature)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, at, head.entryCount(), head.lastEntryId(), head.lastHash(), algorithm.storedName(), signature)
                .update();
        log.info("Audit checkpoint #{} at {}: {} entries, last #{} hash {}, {} signature {}", id, at,
                head.entryCount(), head.lastEntryId(), head.lastHash(), algorithm.storedName(), signature);
        return new AuditCheckpoint(id, at, head.entryCount(), head.lastEntryId(), head.lastHash(),
                algorithm.storedName(), signature);
    }

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

    private static String canonical(AuditCheckpoint c) {
        return String.join(SEPARATOR, "checkpoint", String.valueOf(c.id()), c.createdAt().toInstant().toString(),
                String.valueOf(c.entryCount()), String.valueOf(c.lastEntryId()), c.lastHash(), c.algorithm());
    }

    private static final RowMapper<AuditCheckpoint> ROWS = (rs, i) -> new AuditCheckpoint(rs.getLong("id"),
            Timestamps.read(rs, "created_at"), rs.getLong("entry_count"), (Long) rs.getObject("last_entry_id"),
            rs.getString("last_hash"), rs.getString("algorithm"), rs.getString("signature"));
}
