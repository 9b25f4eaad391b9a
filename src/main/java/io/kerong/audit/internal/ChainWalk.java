package io.kerong.audit.internal;

import io.kerong.audit.AuditCheckpoint;
import io.kerong.audit.AuditEntry;
import io.kerong.audit.ChainFinding;
import io.kerong.audit.ChainVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pass over the chain in id order: each entry must name the hash of the one before it and carry a hash that the
 * audit key gives for its fields; plain SHA-256 is accepted only for the entries from before the chain was keyed, as
 * far as a signed checkpoint records them (none without one: a chain never checkpointed cannot prove its old part).
 * Meanwhile it counts what the last valid checkpoint covers, to tell afterwards what is missing.
 */
final class ChainWalk {

    /** A chain rewritten wholesale would otherwise name every entry; the first ones tell the operator enough. */
    private static final int MAX_FINDINGS = 50;

    private final AuditKey key;
    private final AuditCheckpoint checkpoint;
    private final AuditCheckpoint boundary;
    private final List<ChainFinding> findings;
    private String expectedPrevious = ChainHash.GENESIS;
    private boolean keyedSeen;
    private long checked;
    private Long lastId;
    private long coveredCount;
    private Long lastCoveredId;
    private String checkpointedHash;

    /** {@code boundary}: the signed checkpoint that records where the old entries end, null when none does. */
    ChainWalk(AuditKey key, AuditCheckpoint checkpoint, AuditCheckpoint boundary, List<ChainFinding> earlierFindings) {
        this.key = key;
        this.checkpoint = checkpoint;
        this.boundary = boundary;
        this.findings = new ArrayList<>(earlierFindings);
    }

    void accept(AuditEntry e) {
        checked++;
        lastId = e.id();
        count(e);
        if (!e.previousHash().equals(expectedPrevious)) {
            found("audit.finding.gap", e.id(), null, e.id());
        }
        Optional<ChainAlgorithm> algorithm = ChainAlgorithm.named(e.algorithm());
        if (algorithm.isEmpty()) {
            found("audit.finding.unknown-algorithm", e.id(), null, e.id(), e.algorithm());
        } else if (!algorithm.get().keyed() && keyedSeen) {
            found("audit.finding.unkeyed", e.id(), null, e.id());
        } else if (!algorithm.get().keyed() && boundary == null) {
            found("audit.finding.unkeyed-unproven", e.id(), null, e.id());
        } else if (!algorithm.get().keyed() && !legacy().covers(e.id())) {
            found("audit.finding.unkeyed-beyond-legacy", e.id(), boundary.id(), e.id(), boundary.id(),
                    boundary.legacyCount(), boundary.legacyLastId() == null ? "-" : boundary.legacyLastId());
        } else if (!key.matches(algorithm.get(), ChainHash.canonical(e, algorithm.get()), e.hash())) {
            found("audit.finding.hash-mismatch", e.id(), null, e.id());
        }
        keyedSeen |= algorithm.map(ChainAlgorithm::keyed).orElse(false);
        expectedPrevious = e.hash();
    }

    private LegacyPrefix legacy() {
        return new LegacyPrefix(boundary.legacyCount(), boundary.legacyLastId());
    }

    private void count(AuditEntry e) {
        if (checkpoint == null || checkpoint.lastEntryId() == null || e.id() > checkpoint.lastEntryId()) {
            return;
        }
        coveredCount++;
        lastCoveredId = e.id();
        if (e.id() == checkpoint.lastEntryId()) {
            checkpointedHash = e.hash();
        }
    }

    ChainVerification result() {
        if (checkpoint == null && checked > 0) {
            found("audit.finding.never-checkpointed", null, null, checked);
        }
        if (checkpoint != null && checkpoint.lastEntryId() != null) {
            compareWithCheckpoint();
        }
        return new ChainVerification(checked, lastId, checkpoint, findings);
    }

    private void compareWithCheckpoint() {
        long missing = checkpoint.entryCount() - coveredCount;
        long id = checkpoint.id();
        if (checkpointedHash == null && missing > 0) {
            found("audit.finding.truncated", lastCoveredId, id, coveredCount, lastCoveredId == null ? "-" : lastCoveredId,
                    missing, id, checkpoint.entryCount(), checkpoint.lastEntryId());
        } else if (checkpointedHash == null) {
            found("audit.finding.checkpointed-entry-missing", checkpoint.lastEntryId(), id, checkpoint.lastEntryId(), id);
        } else {
            if (!checkpointedHash.equals(checkpoint.lastHash())) {
                found("audit.finding.checkpointed-entry-changed", checkpoint.lastEntryId(), id,
                        checkpoint.lastEntryId(), id);
            }
            if (missing > 0) {
                found("audit.finding.removed-before-checkpoint", null, id, missing, id, checkpoint.entryCount());
            } else if (missing < 0) {
                found("audit.finding.inserted-before-checkpoint", null, id, -missing, id, checkpoint.entryCount());
            }
        }
    }

    private void found(String code, Long entryId, Long checkpointId, Object... arguments) {
        if (findings.size() < MAX_FINDINGS) {
            findings.add(ChainFinding.of(code, entryId, checkpointId, arguments));
        }
    }
}
