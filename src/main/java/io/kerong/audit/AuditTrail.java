package io.kerong.audit;

import java.util.List;

/** Records changes and answers who changed what. Call {@link #record} inside the transaction that makes the change. */
public interface AuditTrail {

    AuditEntry record(AuditRecord change);

    List<AuditEntry> latest(int limit, long beforeId);

    List<AuditEntry> forSubjectOrganization(long organizationId, int limit);

    List<AuditEntry> forSubject(String subjectType, String subjectId, int limit);

    ChainVerification verify();
}
