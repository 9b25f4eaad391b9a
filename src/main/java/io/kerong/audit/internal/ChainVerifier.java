package io.kerong.audit.internal;

import io.kerong.audit.AuditCheckpoint;
import io.kerong.audit.AuditEntry;
import io.kerong.audit.ChainFinding;
import io.kerong.audit.ChainVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Verifies the audit trail: every checkpoint's signature (a forged one is named and not relied on), then the chain,
 * compared with the last checkpoint whose signature holds, unkeyed entries only as far as a signed checkpoint says the
 * old entries went.
 */
@Component
class ChainVerifier {

    private final JdbcClient jdbc;
    private final Checkpoints checkpoints;
    private final AuditKey key;
    private final ChainOrigin origin;

    ChainVerifier(JdbcClient jdbc, Checkpoints checkpoints, AuditKey key, ChainOrigin origin) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.key = key;
        this.origin = origin;
    }

    ChainVerification verify() {
        List<ChainFinding> forged = new ArrayList<>();
        AuditCheckpoint lastValid = null;
        for (AuditCheckpoint c : checkpoints.all()) {
            if (checkpoints.signedWithTheKey(c)) {
                lastValid = c;
            } else {
                forged.add(ChainFinding.of("audit.finding.checkpoint-forged", null, c.id(), c.id()));
            }
        }
        ChainWalk walk = new ChainWalk(key, lastValid, origin.signedBoundary().orElse(null), forged);
        try (Stream<AuditEntry> entries = jdbc.sql("select * from audit_entry order by id")
                .query(AuditEntryRows.ROWS).stream()) {
            entries.forEach(walk::accept);
        }
        return walk.result();
    }
}
