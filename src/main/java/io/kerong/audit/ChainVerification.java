package io.kerong.audit;

import java.util.List;

/**
 * Result of verifying the audit trail: how many entries were checked, the last one, the last valid checkpoint the
 * chain was compared with (null when none was written yet: then entries removed from the end cannot be found), and
 * every problem found, each named by a message code with its arguments.
 */
public record ChainVerification(long entriesChecked, Long lastEntryId, AuditCheckpoint checkpoint,
                                List<ChainFinding> findings) {

    public ChainVerification {
        findings = List.copyOf(findings);
    }

    public boolean intact() {
        return findings.isEmpty();
    }
}
