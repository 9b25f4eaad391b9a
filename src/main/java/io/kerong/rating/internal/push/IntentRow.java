package io.kerong.rating.internal.push;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One row of {@code rating_credit_intent}; {@code seenRatingId} is the report version the bank decided on. */
record IntentRow(long id, long pushId, long enterpriseId, long bankId, BigDecimal amount, String note,
                 OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy,
                 OffsetDateTime withdrawnAt, String withdrawnBy, long seenRatingId) {

    boolean standing() {
        return withdrawnAt == null;
    }
}
