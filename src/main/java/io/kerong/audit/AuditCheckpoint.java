package io.kerong.audit;

import java.time.OffsetDateTime;

/**
 * A signed record of the chain's head at one moment: how many entries there were, the last one's id and hash. Kept
 * outside the audit table; the signature is an HMAC with the audit key over all the other fields.
 */
public record AuditCheckpoint(long id, OffsetDateTime createdAt, long entryCount, Long lastEntryId, String lastHash,
                              String algorithm, String signature) {
}
