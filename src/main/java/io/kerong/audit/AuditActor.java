package io.kerong.audit;

/** Who made a change: a user of an organization, an API token of an organization, or the platform itself. */
public record AuditActor(Long userId, String name, Long organizationId) {

    public static final AuditActor SYSTEM = new AuditActor(null, "system", null);
}
