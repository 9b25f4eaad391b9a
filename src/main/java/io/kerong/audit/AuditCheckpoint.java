package io.kerong.audit;

import java.time.OffsetDateTime;

/**
 * A signed record of the chain's head at one moment: how many entries there were, the last one's id and hash. Kept
 * outside the audit table; the signature is an HMAC with the audit key over all the other fields. {@code legacyCount}
 * and {@code legacyLastId} say where the entries of the old, unkeyed format end (fixed when the keyed chain began; null
 * on checkpoints written before they recorded it): unkeyed entries after that are refused.
 */
public record AuditCheckpoint(long id, OffsetDateTime createdAt, long entryCount, Long lastEntryId, String lastHash,
                              String algorithm, String signature, Long legacyCount, Long legacyLastId) {
}
