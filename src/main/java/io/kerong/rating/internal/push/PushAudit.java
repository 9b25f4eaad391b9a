package io.kerong.rating.internal.push;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * The audit entries of the financing push, written in the transaction that makes the change. The subject organization
 * is the enterprise's, so that it finds its applications, pushes and the intents addressed to it in its own history.
 */
@Component
class PushAudit {

    /** Joining and leaving the list follows from the rules, not from a person. */
    static final AuditActor RULES = new AuditActor(null, "push list rules", null);

    static final String APPLICATION = "rating.push-application";
    static final String PUSH = "rating.push";
    static final String INTENT = "rating.credit-intent";

    private final AuditTrail trail;

    PushAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void record(AuditActor actor, String subjectType, long subjectId, Long enterpriseOrgId, String action,
                Object before, Object after) {
        trail.record(new AuditRecord(actor, subjectType, String.valueOf(subjectId), enterpriseOrgId, action, before,
                after));
    }
}
