package io.kerong.enterprise;

import io.kerong.identity.OrganizationType;

/**
 * The caller's organization may not see enterprise data: the enterprise has not applied to it or consented to share.
 * {@code messageKey} explains why in the caller's language.
 */
public class EnterpriseAccessDeniedException extends RuntimeException {

    /** Other organizations see enterprise data only when the enterprise applies to them or consents. */
    public static final String NOT_SHARED = "enterprise.access.denied";
    /** Only the operator decides the support list. */
    public static final String OPERATOR_ONLY = "enterprise.access.operatorOnly";

    private final OrganizationType callerType;
    private final String messageKey;

    public EnterpriseAccessDeniedException(OrganizationType callerType, String messageKey) {
        super(messageKey + " (caller: " + callerType + ")");
        this.callerType = callerType;
        this.messageKey = messageKey;
    }

    public OrganizationType callerType() {
        return callerType;
    }

    public String messageKey() {
        return messageKey;
    }
}
