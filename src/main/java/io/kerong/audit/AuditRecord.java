package io.kerong.audit;

/**
 * A change to record. {@code subjectOrganizationId} is the organization whose data changed (an enterprise sees the
 * history of its own record through it); {@code before} and {@code after} are any JSON-serializable values.
 */
public record AuditRecord(AuditActor actor, String subjectType, String subjectId, Long subjectOrganizationId,
                          String action, Object before, Object after) {
}
