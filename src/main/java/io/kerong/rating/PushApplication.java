package io.kerong.rating;

import io.kerong.enterprise.IndustrySection;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An application for the financing push (增信融资推送申请) as the caller may see it: the enterprise (name, city-level
 * region, industry), the community addressed, the project and financing need, the community's decision and, for the
 * enterprise itself and the operator, where it stands on the push list ({@code push}; null for the community, which
 * reviews the project, not the rating).
 */
public record PushApplication(long id, long enterpriseId, String enterpriseName, String uscc, String regionCode,
                              String regionName, IndustrySection industry, long communityId, String communityName,
                              String project, BigDecimal amount, String purpose, Channel channel,
                              PushApplicationStatus status, OffsetDateTime submittedAt, String submittedBy,
                              String decisionReason, OffsetDateTime decidedAt, String decidedBy,
                              OffsetDateTime withdrawnAt, PushStatus push) {

    /** Who filed the application: the enterprise itself, or the operator for it after an offline consent. */
    public enum Channel {
        ENTERPRISE, OPERATOR
    }

    /**
     * The application on the push list: on it since {@code pushedAt} with the grade and model version that put it
     * there, or off it for {@code exclusion}; {@code pushedAt} is the last push when it is off the list again.
     */
    public record PushStatus(boolean onList, OffsetDateTime pushedAt, Grade pushedGrade, Integer pushedModelVersion,
                             PushExclusion exclusion) {
    }
}
