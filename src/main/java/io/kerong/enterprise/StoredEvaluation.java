package io.kerong.enterprise;

import java.time.OffsetDateTime;

/** A Tech-SME self-evaluation as stored: its inputs (JSON) and points per indicator. */
public record StoredEvaluation(long id, long enterpriseId, OffsetDateTime evaluatedAt, int fiscalYear, String inputs,
                               int techStaffPoints, int rdPoints, int ipPoints, int totalPoints,
                               boolean basicConditionsMet, boolean directlyQualified, boolean qualified,
                               String actor) {
}
