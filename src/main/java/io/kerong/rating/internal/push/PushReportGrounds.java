package io.kerong.rating.internal.push;

import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationDirectory;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.ReportGrounds;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A bank may see the rating report of an enterprise that is or was on the push list: the enterprise applied for the
 * push and so consented that banks on the platform see it (查看依据: 该企业已申请增信融资推送并推送至贵机构).
 */
@Component
class PushReportGrounds implements ReportGrounds {

    static final String PUSHED = "rating.report.ground.pushed";

    private final OrganizationDirectory organizations;
    private final JdbcPushes pushes;

    PushReportGrounds(OrganizationDirectory organizations, JdbcPushes pushes) {
        this.organizations = organizations;
        this.pushes = pushes;
    }

    @Override
    public Optional<String> groundFor(long organizationId, long enterpriseId) {
        boolean bank = organizations.find(organizationId).map(Organization::type)
                .filter(type -> type == OrganizationType.BANK).isPresent();
        return bank && pushes.everPushed(enterpriseId) ? Optional.of(PUSHED) : Optional.empty();
    }
}
