package io.kerong.audit.internal;

import io.kerong.audit.AuditCheckpoint;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the old, unkeyed entries end, as the signed checkpoints record it. The first checkpoint is written by the
 * platform itself as the keyed chain begins (before the first entry is appended, or at start-up), covering the old
 * entries then present; every later checkpoint carries the same boundary forward. Once checkpoints were written, none
 * is ever derived from the chain again: a database administrator who relabels entries as SHA-256 and removes the
 * checkpoints gets a boundary of no old entries at all, so the relabelled entries are named.
 */
@Component
class ChainOrigin {

    private static final Logger log = LoggerFactory.getLogger(ChainOrigin.class);

    private final Checkpoints checkpoints;
    private final JdbcClient jdbc;

    ChainOrigin(Checkpoints checkpoints, JdbcClient jdbc) {
        this.checkpoints = checkpoints;
        this.jdbc = jdbc;
    }

    /** The latest checkpoint whose signature holds and that records the boundary. */
    Optional<AuditCheckpoint> signedBoundary() {
        return checkpoints.all().reversed().stream().filter(c -> c.legacyCount() != null)
                .filter(checkpoints::signedWithTheKey).findFirst();
    }

    /** The boundary the next checkpoint records; the caller holds the chain's lock. */
    LegacyPrefix forNextCheckpoint() {
        return signedBoundary().map(c -> new LegacyPrefix(c.legacyCount(), c.legacyLastId()))
                .orElseGet(() -> mayTakeItFromTheChain() ? fromTheChain() : LegacyPrefix.NONE);
    }

    /**
     * The first checkpoint on a database where none was ever written, in a transaction of its own so that it stays
     * even if the change whose entry comes next is rolled back. The caller holds the chain's lock and has appended
     * nothing yet in its own transaction.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void writeFirstCheckpoint() {
        if (checkpoints.noneEverWritten()) {
            writeWithTheBoundaryFromTheChain();
        }
    }

    /** At start-up, under the chain's lock: records the boundary if no signed checkpoint does yet, where it may. */
    void recordAtStartup() {
        if (signedBoundary().isPresent()) {
            return;
        }
        if (mayTakeItFromTheChain()) {
            writeWithTheBoundaryFromTheChain();
        } else if (checkpoints.head().entryCount() > 0) {
            log.error("No signed audit checkpoint records where the old unkeyed audit entries end, although checkpoints "
                    + "were written before: they were removed or forged. Unkeyed (SHA-256) entries cannot be proven "
                    + "and are named by the verification; compare with the checkpoints in earlier logs.");
        }
    }

    private void writeWithTheBoundaryFromTheChain() {
        LegacyPrefix legacy = fromTheChain();
        AuditCheckpoint first = checkpoints.write(checkpoints.nextId(), checkpoints.head(), legacy);
        if (legacy.count() == 0) {
            log.info("Audit checkpoint #{} records that the chain has no entries of the old unkeyed format. This is "
                    + "written once per database: seen again, checkpoints were removed.", first.id());
            return;
        }
        log.warn("Audit checkpoint #{} records where the old unkeyed entries end: {} entries, up to #{}. Unkeyed entries "
                + "after that are refused. This is written once per database: seen again, checkpoints were removed.",
                first.id(), legacy.count(), legacy.lastEntryId());
    }

    /**
     * Only where no checkpoint was ever written (a new database, or one from before the chain was keyed), or where
     * valid checkpoints exist that predate the boundary (written before it was recorded).
     */
    private boolean mayTakeItFromTheChain() {
        return checkpoints.noneEverWritten() || checkpoints.all().stream().anyMatch(checkpoints::signedWithTheKey);
    }

    /** The entries before the first keyed one: the old entries, as the chain holds them when the keyed chain begins. */
    private LegacyPrefix fromTheChain() {
        return jdbc.sql("""
                select count(*), max(id) from audit_entry
                where id < coalesce((select min(id) from audit_entry where algorithm <> 'SHA-256'), 9223372036854775807)""")
                .query((rs, i) -> new LegacyPrefix(rs.getLong(1), (Long) rs.getObject(2))).single();
    }
}
