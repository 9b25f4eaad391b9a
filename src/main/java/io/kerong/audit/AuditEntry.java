package io.kerong.audit;

import java.time.OffsetDateTime;

/**
 * A stored audit entry, as shown to the operator or to the enterprise whose record it concerns. {@code algorithm} is
 * how its {@code hash} was computed (HMAC-SHA256 or HMAC-SM3; SHA-256 for entries written before the chain was keyed).
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, Long actorUserId, String actorName, Long actorOrganizationId,
                         String subjectType, String subjectId, Long subjectOrganizationId, String action,
                         String before, String after, String previousHash, String hash, String algorithm) {
}
