package io.kerong.rating.internal.push;

import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationDirectory;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.ReportGround;
import io.kerong.rating.ReportGrounds;
import io.kerong.shared.MessageDate;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the financing push lets a bank see. While the enterprise is on the push list and its consent stands (its
 * application is not withdrawn), every bank sees its ratings (查看依据: 该企业已申请增信融资推送并推送至贵机构). Once it
 * leaves, that ground ends at once; a bank that marked a credit intent keeps, for its records, the report version it
 * saw when it last marked or changed the intent and the ratings before it, and is told so. Every other bank is told
 * there is no such rating.
 */
@Component
class PushReportGrounds implements ReportGrounds {

    static final String PUSHED = "rating.report.ground.pushed";
    static final String INTENT = "rating.report.ground.intent";

    private final OrganizationDirectory organizations;
    private final JdbcPushes pushes;
    private final JdbcIntents intents;
    private final Clock clock;

    PushReportGrounds(OrganizationDirectory organizations, JdbcPushes pushes, JdbcIntents intents, Clock clock) {
        this.organizations = organizations;
        this.pushes = pushes;
        this.intents = intents;
        this.clock = clock;
    }

    @Override
    public Optional<ReportGround> groundFor(long organizationId, long enterpriseId) {
        boolean bank = organizations.find(organizationId).map(Organization::type)
                .filter(type -> type == OrganizationType.BANK).isPresent();
        if (!bank) {
            return Optional.empty();
        }
        if (pushes.consented(enterpriseId).isPresent()) {
            return Optional.of(ReportGround.standing("PUSHED", PUSHED));
        }
        return intents.lastSeen(enterpriseId, organizationId).map(seen -> ReportGround.upTo(seen.ratingId(), "INTENT", INTENT,
                MessageDate.of(seen.at().atZoneSameInstant(clock.getZone()).toLocalDate())));
    }
}
