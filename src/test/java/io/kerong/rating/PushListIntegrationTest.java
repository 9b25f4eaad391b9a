package io.kerong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.PushFixture.Company;
import io.kerong.rating.PushFixture.Member;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The push list rules against the real tables: the minimum grade, the endorsement the default model requires, and the
 * list following grade changes (single ratings, runs) with its history kept.
 */
@SpringBootTest
class PushListIntegrationTest {

    @Autowired FinancingApplications applications;
    @Autowired PushList pushList;
    @Autowired EnterpriseRatings ratings;
    @Autowired DepartmentData departmentData;
    @Autowired RatingModels models;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    private PushFixture fixture;
    private Member community;
    private Member bank;

    @BeforeEach
    void members() {
        fixture = new PushFixture(jdbc, events, tx, models);
        community = fixture.member(OrganizationType.INDUSTRY_COMMUNITY, "推送测试共同体");
        bank = fixture.member(OrganizationType.BANK, "推送测试银行");
    }

    @Test
    void theDefaultModelPushesEndorsedEnterprisesGradedCOrBetter() {
        RatingModel model = models.current();
        assertThat(model.minimumPushGrade()).isEqualTo(Grade.C);
        assertThat(model.endorsementRequired()).isTrue();
    }

    @Test
    void anEndorsedEnterpriseGradedAtTheMinimumIsPushedWithItsGradeAndModelVersion() {
        Company company = fixture.company("370112", "I");
        fixture.rate(company.id(), Grade.C, "55.00");
        PushApplication application = apply(company);

        endorse(application);

        PushListEntry entry = onList(company).orElseThrow();
        assertThat(entry.grade()).isEqualTo(Grade.C);
        assertThat(entry.pushedGrade()).isEqualTo(Grade.C);
        assertThat(entry.pushedModelVersion()).isEqualTo(models.current().version());
        assertThat(entry.creditLine().min()).isEqualByComparingTo("1000000");
        assertThat(entry.regionName()).isEqualTo("济南市");
        assertThat(entry.amount()).isEqualByComparingTo("3000000.00");
        assertThat(entry.reportUrl()).isEqualTo("/rating/report/" + company.id());
        assertThat(applications.find(company.actor(), application.id()).push().onList()).isTrue();
    }

    @Test
    void aGradeBelowTheMinimumIsNotPushed() {
        Company company = fixture.company("370702", "C");
        fixture.rate(company.id(), Grade.D, "41.50");
        PushApplication application = apply(company);

        endorse(application);

        assertThat(onList(company)).isEmpty();
        assertThat(pushRows(company)).isZero();
        assertThat(applications.find(company.actor(), application.id()).push().exclusion())
                .isEqualTo(PushExclusion.BELOW_MINIMUM);
    }

    @Test
    void anUnendorsedApplicationIsNotPushedWhateverTheGrade() {
        Company company = fixture.company("370303", "C");
        fixture.rate(company.id(), Grade.A, "88.00");
        PushApplication application = apply(company);

        assertThat(onList(company)).isEmpty();
        assertThat(applications.find(company.actor(), application.id()).push().exclusion())
                .isEqualTo(PushExclusion.NOT_ENDORSED);

        applications.review(community.actor(), application.id(), EndorsementDecision.REJECTED,
                "项目不属于本共同体产业链");
        assertThat(onList(company)).isEmpty();
        assertThat(applications.find(company.actor(), application.id()).push().exclusion())
                .isEqualTo(PushExclusion.REJECTED);
    }

    @Test
    void anEnterpriseNotYetRatedIsPushedAsSoonAsItsFirstGradeReachesTheMinimum() {
        Company company = fixture.company("510107", "M");
        PushApplication application = apply(company);
        endorse(application);
        assertThat(applications.find(company.actor(), application.id()).push().exclusion())
                .isEqualTo(PushExclusion.NOT_RATED);

        fixture.rate(company.id(), Grade.B, "70.00");

        assertThat(onList(company)).hasValueSatisfying(e -> assertThat(e.grade()).isEqualTo(Grade.B));
    }

    @Test
    void aDowngradeBelowTheMinimumTakesTheEnterpriseOffTheListAndKeepsTheHistory() {
        Company company = fixture.company("370102", "I");
        fixture.rate(company.id(), Grade.B, "68.00");
        endorse(apply(company));
        assertThat(onList(company)).isPresent();

        fixture.rate(company.id(), Grade.D, "35.00");

        assertThat(onList(company)).isEmpty();
        assertThat(jdbc.sql("select removal_reason from rating_push where enterprise_id = ?").param(company.id())
                .query(String.class).single()).isEqualTo("BELOW_MINIMUM");

        fixture.rate(company.id(), Grade.C, "52.00");

        assertThat(onList(company)).hasValueSatisfying(e -> assertThat(e.pushedGrade()).isEqualTo(Grade.C));
        assertThat(pushRows(company)).as("the first stay is kept as history").isEqualTo(2);
    }

    @Test
    void aChangeWithinTheAllowedGradesKeepsThePushAndShowsTheLatestGrade() {
        Company company = fixture.company("370105", "I");
        fixture.rate(company.id(), Grade.C, "51.00");
        endorse(apply(company));

        fixture.rate(company.id(), Grade.A, "83.00");

        PushListEntry entry = onList(company).orElseThrow();
        assertThat(entry.grade()).isEqualTo(Grade.A);
        assertThat(entry.totalScore()).isEqualByComparingTo("83.00");
        assertThat(entry.pushedGrade()).as("grade at the push").isEqualTo(Grade.C);
        assertThat(pushRows(company)).isEqualTo(1);
    }

    @Test
    void aRunOfAllEnterprisesRefreshesTheListAfterItCompletes() {
        Company up = fixture.company("370781", "C");
        Company down = fixture.company("370782", "C");
        fixture.rate(down.id(), Grade.B, "66.00");
        endorse(apply(up));
        endorse(apply(down));
        assertThat(onList(down)).isPresent();

        fixture.rateInRun(up.id(), Grade.B, "67.00");
        fixture.rateInRun(down.id(), Grade.D, "30.00");
        assertThat(onList(up)).as("no refresh per enterprise during a run").isEmpty();
        tx.executeWithoutResult(s -> events.publishEvent(new RatingRunCompleted(1, models.current().version(), 2, 2)));

        assertThat(onList(up)).isPresent();
        assertThat(onList(down)).isEmpty();
    }

    @Test
    void withdrawingTheApplicationTakesTheEnterpriseOffTheList() {
        Company company = fixture.company("371402", "C");
        fixture.rate(company.id(), Grade.A, "85.00");
        PushApplication application = apply(company);
        endorse(application);

        applications.withdraw(company.actor(), application.id());

        assertThat(onList(company)).isEmpty();
        assertThat(jdbc.sql("select removal_reason from rating_push where enterprise_id = ?").param(company.id())
                .query(String.class).single()).isEqualTo("WITHDRAWN");
    }

    @Test
    void joiningAndLeavingTheListAreAudited() {
        Company company = fixture.company("370113", "I");
        fixture.rate(company.id(), Grade.B, "69.00");
        endorse(apply(company));
        fixture.rate(company.id(), Grade.D, "20.00");

        List<String> actions = jdbc.sql("""
                        select action from audit_entry where subject_type = 'rating.push'
                        and subject_org_id = ? order by id""")
                .param(company.member().organizationId()).query(String.class).list();
        assertThat(actions).containsExactly("push.added", "push.removed");
    }

    @Test
    void realRatingsMoveTheListAndTheEndorsementCountsInTheGrade() {
        Company company = fixture.company("370112", "I");
        Actor operator = fixture.member(OrganizationType.OPERATOR, "推送测试科技局").actor();
        RatingModel model = models.current();
        RatingDataFixture.best(model, company.uscc(), java.time.LocalDate.now()).deliver(departmentData, operator);
        endorse(apply(company));

        StoredRating rated = ratings.rate(company.actor(), company.id());

        assertThat(rated.inputs().get("INDUSTRY_ENDORSED").number()).isEqualByComparingTo("1");
        assertThat(rated.grade().atLeast(model.minimumPushGrade())).isTrue();
        assertThat(onList(company)).hasValueSatisfying(e -> assertThat(e.grade()).isEqualTo(rated.grade()));

        RatingDataFixture.none(model, company.uscc(), java.time.LocalDate.now()).with("COURT_DISHONEST", "是")
                .deliver(departmentData, operator);
        assertThat(ratings.rate(company.actor(), company.id()).grade()).isEqualTo(Grade.D);

        assertThat(onList(company)).as("a knock-out takes it off the list").isEmpty();
    }

    @Test
    void onlyBanksAndTheOperatorReadTheList() {
        Company company = fixture.company("370112", "I");
        assertThat(pushList.current(bank.actor(), null)).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pushList.current(company.actor(), null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pushList.current(community.actor(), null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private PushApplication apply(Company company) {
        return applications.apply(company.actor(), new PushApplicationForm(null, community.organizationId(),
                "工业互联网平台二期研发", new BigDecimal("3000000"), "研发投入与流动资金", true));
    }

    private void endorse(PushApplication application) {
        applications.review(community.actor(), application.id(), EndorsementDecision.ENDORSED, null);
    }

    private Optional<PushListEntry> onList(Company company) {
        Actor reader = bank.actor();
        return pushList.current(reader, null).stream().filter(e -> e.enterpriseId() == company.id()).findFirst();
    }

    private long pushRows(Company company) {
        return jdbc.sql("select count(*) from rating_push where enterprise_id = ?").param(company.id())
                .query(Long.class).single();
    }
}
