package io.kerong.rating.internal.push;

import io.kerong.rating.EndorsementDecision;
import io.kerong.rating.PushApplication.Channel;
import io.kerong.rating.PushApplicationStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One row of {@code rating_push_application}. */
record ApplicationRow(long id, long enterpriseId, Long enterpriseOrgId, long communityId, String project,
                      BigDecimal amount, String purpose, Channel channel, OffsetDateTime consentedAt,
                      OffsetDateTime submittedAt, String submittedBy, EndorsementDecision decision,
                      String decisionReason, OffsetDateTime decidedAt, String decidedBy, OffsetDateTime withdrawnAt,
                      String withdrawnBy) {

    PushApplicationStatus status() {
        if (withdrawnAt != null) {
            return PushApplicationStatus.WITHDRAWN;
        }
        if (decision == null) {
            return PushApplicationStatus.SUBMITTED;
        }
        return decision == EndorsementDecision.ENDORSED ? PushApplicationStatus.ENDORSED
                : PushApplicationStatus.REJECTED;
    }

    /** Open: neither withdrawn nor rejected; an enterprise has at most one. */
    boolean open() {
        PushApplicationStatus status = status();
        return status == PushApplicationStatus.SUBMITTED || status == PushApplicationStatus.ENDORSED;
    }
}
