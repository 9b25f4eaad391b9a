package io.kerong.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checkpoints of the chain's head at regular intervals ({@code kerong.audit.checkpoint.cron}, hourly by default;
 * {@code -} switches them off). Entries removed after the last checkpoint cannot be told from entries never written,
 * so the interval bounds how much of the end of the trail could go missing unnoticed. On several nodes each one tries;
 * the chain's lock and the "moved since" check leave one checkpoint per change of the head.
 */
@Component
class ScheduledCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(ScheduledCheckpoints.class);

    private final JdbcAuditTrail trail;

    ScheduledCheckpoints(JdbcAuditTrail trail) {
        this.trail = trail;
    }

    @Scheduled(cron = "${kerong.audit.checkpoint.cron:0 0 * * * *}", zone = "${kerong.audit.checkpoint.zone:Asia/Shanghai}")
    void checkpoint() {
        try {
            trail.checkpointIfMoved();
        } catch (RuntimeException e) {
            log.error("Audit checkpoint failed", e);
        }
    }
}
