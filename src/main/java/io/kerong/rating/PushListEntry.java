package io.kerong.rating;

import io.kerong.enterprise.IndustrySection;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One enterprise on the push list (推送名单) as a bank sees it: its latest grade, score and credit-line interval, where
 * it is and what it does, the financing need from its application, when it was pushed and with which grade and model
 * version, the calling bank's own standing intent (null when none; other banks' intents are never shown) and the
 * address of its rating report.
 */
public record PushListEntry(long pushId, long enterpriseId, String enterpriseName, String uscc, String regionCode,
                            String regionName, IndustrySection industry, Grade grade, BigDecimal totalScore,
                            CreditLine creditLine, int modelVersion, OffsetDateTime ratedAt, OffsetDateTime pushedAt,
                            Grade pushedGrade, int pushedModelVersion, long applicationId, String communityName,
                            String project, BigDecimal amount, String purpose, CreditIntent ownIntent,
                            String reportUrl) {

    public static String reportUrl(long enterpriseId) {
        return "/rating/report/" + enterpriseId;
    }
}
