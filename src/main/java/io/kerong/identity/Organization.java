package io.kerong.identity;

import java.time.OffsetDateTime;

/** An organization on the platform (机构): an enterprise, a bank, an investor, a university, ... or the operator. */
public record Organization(long id, OrganizationType type, String name, String uscc, OrganizationStatus status,
                           String contactName, String contactPhone, String contactEmail, OffsetDateTime createdAt) {
}
