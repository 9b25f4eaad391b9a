package io.kerong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.PushFixture.Company;
import io.kerong.rating.PushFixture.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A community's decision on an endorsement re-rates the enterprise at once, with the endorsement among its inputs. */
@SpringBootTest(properties = {"kerong.rating.rerate-on-publish=true", "kerong.rating.rerate-on-endorsement=true"})
class EndorsementReratingIntegrationTest {

    @Autowired FinancingApplications applications;
    @Autowired EnterpriseRatings ratings;
    @Autowired DepartmentData departmentData;
    @Autowired RatingModels models;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    @Test
    void anEndorsementRaisesTheGradeTheSameDayAndARejectionLeavesItAsItWas() {
        PushFixture fixture = new PushFixture(jdbc, events, tx, models);
        Member community = fixture.member(OrganizationType.INDUSTRY_COMMUNITY, "认定重评共同体");
        Actor operator = fixture.member(OrganizationType.OPERATOR, "认定重评科技局").actor();
        Company endorsed = fixture.company("370112", "I");
        Company rejected = fixture.company("370112", "I");
        for (Company company : new Company[] {endorsed, rejected}) {
            RatingDataFixture.best(models.current(), company.uscc(), LocalDate.now()).deliver(departmentData, operator);
        }
        StoredRating before = ratings.rate(endorsed.actor(), endorsed.id());
        StoredRating rejectedBefore = ratings.rate(rejected.actor(), rejected.id());
        assertThat(before.inputs().get("INDUSTRY_ENDORSED").number()).isEqualByComparingTo("0");

        applications.review(community.actor(), apply(endorsed, community).id(), EndorsementDecision.ENDORSED, null);
        applications.review(community.actor(), apply(rejected, community).id(), EndorsementDecision.REJECTED,
                "产业链关联度不足");

        StoredRating after = ratings.latest(endorsed.id()).orElseThrow();
        assertThat(after.id()).isGreaterThan(before.id());
        assertThat(after.inputs().get("INDUSTRY_ENDORSED").number()).isEqualByComparingTo("1");
        assertThat(after.totalScore()).isGreaterThan(before.totalScore());
        StoredRating rejectedAfter = ratings.latest(rejected.id()).orElseThrow();
        assertThat(rejectedAfter.inputs().get("INDUSTRY_ENDORSED").number()).isEqualByComparingTo("0");
        assertThat(rejectedAfter.totalScore()).isEqualByComparingTo(rejectedBefore.totalScore());
    }

    private PushApplication apply(Company company, Member community) {
        return applications.apply(company.actor(), new PushApplicationForm(null, community.organizationId(),
                "工业互联网平台二期研发", new BigDecimal("3000000"), "研发投入与流动资金", true));
    }
}
