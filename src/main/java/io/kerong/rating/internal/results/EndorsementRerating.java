package io.kerong.rating.internal.results;

import io.kerong.audit.AuditActor;
import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseDirectory;
import io.kerong.rating.IndustryEndorsementDecided;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-rates an enterprise once a community's endorsement decision is committed, so that its grade (and with it the push
 * list) reflects the endorsement the same day. The platform rates; the audit names it.
 */
@Component
@ConditionalOnProperty(name = "kerong.rating.rerate-on-endorsement", havingValue = "true", matchIfMissing = true)
class EndorsementRerating {

    private final SingleRating single;
    private final EnterpriseDirectory directory;
    private final Clock clock;

    EndorsementRerating(SingleRating single, EnterpriseDirectory directory, Clock clock) {
        this.single = single;
        this.directory = directory;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(IndustryEndorsementDecided event) {
        Enterprise enterprise = directory.byIds(List.of(event.enterpriseId())).get(event.enterpriseId());
        if (enterprise != null) {
            single.rate(AuditActor.SYSTEM, event.enterpriseId(), enterprise.organizationId(), LocalDate.now(clock));
        }
    }
}
