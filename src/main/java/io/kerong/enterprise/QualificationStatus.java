package io.kerong.enterprise;

/** Where a qualification stands on a given day. */
public enum QualificationStatus {
    NOT_YET_VALID,
    VALID,
    /** Valid, but ends within {@link Qualification#EXPIRY_WARNING_DAYS} days. */
    EXPIRING,
    EXPIRED;

    public boolean valid() {
        return this == VALID || this == EXPIRING;
    }

    public String messageKey() {
        return "enterprise.qualification.status." + name();
    }
}
