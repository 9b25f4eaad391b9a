package io.kerong.identity;

/** An organization's standing: self-registered enterprises wait for the operator's approval. */
public enum OrganizationStatus {
    PENDING, ACTIVE, REJECTED, SUSPENDED
}
