package io.kerong.audit.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first checkpoint at start-up, where no checkpoint records the end of the old entries yet: a new database (an empty
 * chain), one from before the chain was keyed, or one whose checkpoints predate the boundary (see {@link ChainOrigin}).
 */
@Component
class FirstCheckpointAtStartup implements ApplicationRunner {

    private final JdbcAuditTrail trail;

    FirstCheckpointAtStartup(JdbcAuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        trail.recordTheChainsOriginAtStartup();
    }
}
