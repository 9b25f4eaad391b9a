package io.kerong.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.PushFixture.Company;
import io.kerong.rating.PushFixture.Member;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/** Applying, reviewing and withdrawing: the input rules, who sees what, and the audit trail. */
@SpringBootTest
class FinancingApplicationsIntegrationTest {

    @Autowired FinancingApplications applications;
    @Autowired RatingModels models;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    private PushFixture fixture;
    private Member community;
    private Member otherCommunity;
    private Company company;

    @BeforeEach
    void members() {
        fixture = new PushFixture(jdbc, events, tx, models);
        community = fixture.member(OrganizationType.INDUSTRY_COMMUNITY, "申请测试共同体");
        otherCommunity = fixture.member(OrganizationType.INDUSTRY_COMMUNITY, "申请测试另一共同体");
        company = fixture.company("370112", "I");
    }

    @Test
    void aBadApplicationNamesEveryFieldAndWritesNothing() {
        long before = applicationRows();
        PushApplicationForm form = new PushApplicationForm(null, null, "  ", new BigDecimal("-5"), null, false);

        assertThatThrownBy(() -> applications.apply(company.actor(), form))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("communityId", "ratingpush.required"),
                                org.assertj.core.groups.Tuple.tuple("project", "ratingpush.required"),
                                org.assertj.core.groups.Tuple.tuple("amount", "ratingpush.amount.notPositive"),
                                org.assertj.core.groups.Tuple.tuple("purpose", "ratingpush.required"),
                                org.assertj.core.groups.Tuple.tuple("consent", "ratingpush.consent.required")));
        assertThat(applicationRows()).isEqualTo(before);
    }

    @Test
    void amountsKeepTwoDecimalsAndRefuseMore() {
        assertThat(violation(form(community.organizationId(), "1200000.555"))).isEqualTo("ratingpush.amount.scale");
        assertThat(violation(form(community.organizationId(), "20000000000"))).isEqualTo("ratingpush.amount.tooLarge");
        PushApplication applied = applications.apply(company.actor(), form(community.organizationId(), "1200000.5"));
        assertThat(applied.amount()).isEqualTo(new BigDecimal("1200000.50"));
    }

    @Test
    void theCommunityMustBeAnActiveIndustryCommunity() {
        Member bank = fixture.member(OrganizationType.BANK, "申请测试银行");
        assertThat(violation(form(bank.organizationId(), "100"))).isEqualTo("ratingpush.community.unknown");
    }

    @Test
    void anEnterpriseHoldsOneOpenApplicationAndMayApplyAgainAfterARejection() {
        PushApplication first = applications.apply(company.actor(), form(community.organizationId(), "500000"));
        assertThat(violation(form(otherCommunity.organizationId(), "500000"))).isEqualTo("ratingpush.application.open");

        applications.review(community.actor(), first.id(), EndorsementDecision.REJECTED, "主营业务与本产业链关联度低");
        PushApplication second = applications.apply(company.actor(), form(otherCommunity.organizationId(), "500000"));

        assertThat(second.status()).isEqualTo(PushApplicationStatus.SUBMITTED);
        assertThat(applications.list(company.actor())).extracting(PushApplication::id)
                .containsExactly(second.id(), first.id());
        assertThat(applications.find(company.actor(), first.id()).decisionReason()).isEqualTo("主营业务与本产业链关联度低");
    }

    @Test
    void aRejectionNeedsAReasonAndADecisionIsFinal() {
        PushApplication applied = applications.apply(company.actor(), form(community.organizationId(), "800000"));

        assertThatThrownBy(() -> applications.review(community.actor(), applied.id(), EndorsementDecision.REJECTED, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst().messageKey())
                        .isEqualTo("ratingpush.review.reasonRequired"));
        assertThat(applications.find(community.actor(), applied.id()).status()).isEqualTo(PushApplicationStatus.SUBMITTED);

        applications.review(community.actor(), applied.id(), EndorsementDecision.ENDORSED, "属于本链关键环节");
        assertThatThrownBy(() -> applications.review(community.actor(), applied.id(), EndorsementDecision.REJECTED, "改判"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst().messageKey())
                        .isEqualTo("ratingpush.review.closed"));
    }

    @Test
    void aCommunitySeesOnlyTheApplicationsAddressedToItAndNoGrade() {
        PushApplication applied = applications.apply(company.actor(), form(community.organizationId(), "800000"));

        assertThat(applications.list(community.actor())).extracting(PushApplication::id).containsExactly(applied.id());
        assertThat(applications.find(community.actor(), applied.id()).push()).isNull();
        assertThat(applications.list(otherCommunity.actor())).isEmpty();
        assertThatThrownBy(() -> applications.find(otherCommunity.actor(), applied.id()))
                .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> applications.review(otherCommunity.actor(), applied.id(), EndorsementDecision.ENDORSED, null))
                .isInstanceOf(ResponseStatusException.class);
    }

    @Test
    void anEnterpriseCannotSeeOrWithdrawAnothersApplication() {
        Company other = fixture.company("370102", "C");
        PushApplication applied = applications.apply(company.actor(), form(community.organizationId(), "800000"));

        assertThat(applications.list(other.actor())).isEmpty();
        assertThatThrownBy(() -> applications.find(other.actor(), applied.id())).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> applications.withdraw(other.actor(), applied.id())).isInstanceOf(ResponseStatusException.class);
    }

    @Test
    void banksAndOthersHaveNoAccessToApplications() {
        Actor bank = fixture.member(OrganizationType.BANK, "申请测试银行").actor();
        Actor university = fixture.member(OrganizationType.UNIVERSITY, "申请测试大学").actor();
        assertThatThrownBy(() -> applications.list(bank)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.apply(university, form(community.organizationId(), "1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.review(bank, 1, EndorsementDecision.ENDORSED, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOperatorFilesForAnUnregisteredEnterpriseAndSeesEverything() {
        Actor operator = fixture.member(OrganizationType.OPERATOR, "申请测试科技局").actor();
        long imported = fixture.unregistered("370702", "C");

        PushApplication applied = applications.apply(operator, new PushApplicationForm(imported,
                community.organizationId(), "数控机床关键部件国产化", new BigDecimal("2000000"), "设备购置", true));

        assertThat(applied.channel()).isEqualTo(PushApplication.Channel.OPERATOR);
        assertThat(applied.enterpriseId()).isEqualTo(imported);
        assertThat(applied.regionName()).isEqualTo("潍坊市");
        assertThat(applications.list(operator)).extracting(PushApplication::id).contains(applied.id());
        assertThatThrownBy(() -> applications.apply(operator, new PushApplicationForm(null, community.organizationId(),
                "x", BigDecimal.ONE, "y", true))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("enterpriseId"));
    }

    @Test
    void everyStepIsAuditedWithBeforeAndAfter() {
        PushApplication applied = applications.apply(company.actor(), form(community.organizationId(), "900000"));
        applications.review(community.actor(), applied.id(), EndorsementDecision.ENDORSED, null);
        applications.withdraw(company.actor(), applied.id());

        var entries = jdbc.sql("""
                        select action, actor_org_id, before_state, after_state from audit_entry
                        where subject_type = 'rating.push-application' and subject_id = ? order by id""")
                .param(String.valueOf(applied.id()))
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        assertThat(entries).extracting(e -> e[0]).containsExactly("push-application.submitted",
                "push-application.endorsed", "push-application.withdrawn");
        assertThat(entries.get(1)[1]).isEqualTo(String.valueOf(community.organizationId()));
        assertThat(entries.get(1)[2]).contains("SUBMITTED");
        assertThat(entries.get(1)[3]).contains("ENDORSED");
        assertThat(entries.get(0)[3]).contains("consentedAt");
    }

    private PushApplicationForm form(long communityId, String amount) {
        return new PushApplicationForm(null, communityId, "新一代工业软件平台研发", new BigDecimal(amount),
                "研发投入", true);
    }

    private String violation(PushApplicationForm form) {
        try {
            applications.apply(company.actor(), form);
        } catch (InvalidInputException e) {
            return e.violations().getFirst().messageKey();
        }
        throw new AssertionError("accepted");
    }

    private long applicationRows() {
        return jdbc.sql("select count(*) from rating_push_application").query(Long.class).single();
    }
}
