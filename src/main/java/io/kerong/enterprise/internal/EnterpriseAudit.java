package io.kerong.enterprise.internal;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditEntry;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.enterprise.Enterprise;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes the registry's changes to the audit trail: subject type {@code enterprise}, subject id the record's id, and
 * the enterprise's own organization (when it has registered) so that it sees who changed its data.
 */
@Component
public class EnterpriseAudit {

    public static final String SUBJECT_TYPE = "enterprise";

    private final AuditTrail trail;

    EnterpriseAudit(AuditTrail trail) {
        this.trail = trail;
    }

    public void record(AuditActor actor, Enterprise enterprise, String action, Object before, Object after) {
        trail.record(new AuditRecord(actor, SUBJECT_TYPE, String.valueOf(enterprise.id()), enterprise.organizationId(),
                action, before, after));
    }

    public List<AuditEntry> history(long enterpriseId, int limit) {
        return trail.forSubject(SUBJECT_TYPE, String.valueOf(enterpriseId), limit);
    }
}
