package io.kerong.identity;

/**
 * An organization joined the platform (机构注册): an enterprise registered itself (still PENDING approval), or the
 * operator created an organization (ACTIVE at once). The enterprise module creates or links its registry record.
 */
public record OrganizationRegistered(long organizationId, OrganizationType type, String uscc, String name,
                                     String contactName, String contactPhone, String contactEmail) {
}
