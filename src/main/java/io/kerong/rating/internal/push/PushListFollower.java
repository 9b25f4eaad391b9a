package io.kerong.rating.internal.push;

import io.kerong.rating.PushList;
import io.kerong.rating.RatingModelPublished;
import io.kerong.rating.RatingPublished;
import io.kerong.rating.RatingRunCompleted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the push list current when grades change: after a single rating that changed a grade, that enterprise; after
 * a run over all enterprises, the whole list once; after a model is published (its minimum grade may differ), the
 * whole list. Each refresh runs after the change committed, in its own transaction (fallbackExecution: also when
 * the event was published outside a transaction).
 */
@Component
class PushListFollower {

    private final PushList pushList;

    PushListFollower(PushList pushList) {
        this.pushList = pushList;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RatingPublished event) {
        pushList.refresh(event.enterpriseId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RatingRunCompleted event) {
        pushList.refresh();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RatingModelPublished event) {
        pushList.refresh();
    }
}
