package io.kerong.enterprise;

import io.kerong.identity.OrganizationType;

/**
 * The caller's organization may not see enterprise data: the enterprise has not applied to it or consented to share.
 * {@code messageKey} explains why in the caller's language.
 */
public class EnterpriseAccessDeniedException extends RuntimeException {

    private final OrganizationType callerType;

    public EnterpriseAccessDeniedException(OrganizationType callerType) {
        super("enterprise data is not shared with " + callerType);
        this.callerType = callerType;
    }

    public OrganizationType callerType() {
        return callerType;
    }

    public String messageKey() {
        return "enterprise.access.denied";
    }
}
