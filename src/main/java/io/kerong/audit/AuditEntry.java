package io.kerong.audit;

import java.time.OffsetDateTime;

/** A stored audit entry, as shown to the operator or to the enterprise whose record it concerns. */
public record AuditEntry(long id, OffsetDateTime occurredAt, Long actorUserId, String actorName, Long actorOrganizationId,
                         String subjectType, String subjectId, Long subjectOrganizationId, String action,
                         String before, String after, String previousHash, String hash) {
}
