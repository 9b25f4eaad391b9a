package io.kerong.audit;

import java.util.List;
import java.util.Optional;

/** Records changes and answers who changed what. Call {@link #record} inside the transaction that makes the change. */
public interface AuditTrail {

    AuditEntry record(AuditRecord change);

    List<AuditEntry> latest(int limit, long beforeId);

    List<AuditEntry> forSubjectOrganization(long organizationId, int limit);

    List<AuditEntry> forSubject(String subjectType, String subjectId, int limit);

    /** Re-computes the keyed chain and compares it with the last valid checkpoint. */
    ChainVerification verify();

    /** Writes a signed checkpoint of the chain's head now, recording who asked for it in the trail first. */
    AuditCheckpoint checkpoint(AuditActor by);

    Optional<AuditCheckpoint> latestCheckpoint();
}
