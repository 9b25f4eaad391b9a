package io.kerong.identity;

/**
 * The operator approved, rejected, suspended or reactivated an organization (机构状态变更). {@code reason} is the
 * operator's note; it may be null for approvals and reactivations.
 */
public record OrganizationStatusChanged(long organizationId, OrganizationType type, OrganizationStatus from,
                                        OrganizationStatus to, String reason) {
}
