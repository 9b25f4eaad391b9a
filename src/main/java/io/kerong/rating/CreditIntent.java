package io.kerong.rating;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A bank's credit intent (授信意向) on a pushed enterprise: the amount in yuan it means to lend and a note. It stands
 * until the bank withdraws it; the bank may change it while the enterprise is on the push list.
 */
public record CreditIntent(long id, long enterpriseId, String enterpriseName, long bankId, String bankName,
                           BigDecimal amount, String note, OffsetDateTime createdAt, String createdBy,
                           OffsetDateTime updatedAt, String updatedBy, OffsetDateTime withdrawnAt) {

    public boolean standing() {
        return withdrawnAt == null;
    }
}
