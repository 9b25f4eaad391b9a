package io.kerong.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.PushFixture.Company;
import io.kerong.rating.PushFixture.Member;
import io.kerong.shared.InvalidInputException;
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

/** Banks' credit intents: marked on pushed enterprises only, one standing per bank, changed, withdrawn, private. */
@SpringBootTest
class CreditIntentsIntegrationTest {

    @Autowired FinancingApplications applications;
    @Autowired CreditIntents intents;
    @Autowired PushList pushList;
    @Autowired RatingModels models;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    private PushFixture fixture;
    private Member bank;
    private Member otherBank;
    private Company pushed;

    @BeforeEach
    void aPushedEnterprise() {
        fixture = new PushFixture(jdbc, events, tx, models);
        bank = fixture.member(OrganizationType.BANK, "意向测试银行");
        otherBank = fixture.member(OrganizationType.BANK, "意向测试另一银行");
        Member community = fixture.member(OrganizationType.INDUSTRY_COMMUNITY, "意向测试共同体");
        pushed = fixture.company("370703", "C");
        fixture.rate(pushed.id(), Grade.B, "72.00");
        PushApplication application = applications.apply(pushed.actor(), new PushApplicationForm(null,
                community.organizationId(), "高端液压件产线扩建", new BigDecimal("5000000"), "设备购置", true));
        applications.review(community.actor(), application.id(), EndorsementDecision.ENDORSED, null);
    }

    @Test
    void aBankMarksItsIntentWithTwoDecimalsAndTheEnterpriseSeesIt() {
        CreditIntent intent = intents.mark(bank.actor(), pushed.id(), new BigDecimal("3000000"), "纯信用，期限一年");

        assertThat(intent.amount()).isEqualTo(new BigDecimal("3000000.00"));
        assertThat(intent.bankName()).isEqualTo(bank.actor().organizationName());
        assertThat(intents.list(pushed.actor())).extracting(CreditIntent::id).containsExactly(intent.id());
        assertThat(intents.find(pushed.actor(), intent.id()).note()).isEqualTo("纯信用，期限一年");
        assertThat(pushList.current(bank.actor(), null)).filteredOn(e -> e.enterpriseId() == pushed.id())
                .singleElement().satisfies(e -> assertThat(e.ownIntent().id()).isEqualTo(intent.id()));
    }

    @Test
    void anotherBankSeesNeitherTheIntentNorItsTrace() {
        CreditIntent intent = intents.mark(bank.actor(), pushed.id(), new BigDecimal("1000000"), null);

        assertThat(intents.list(otherBank.actor())).isEmpty();
        assertThat(pushList.current(otherBank.actor(), null)).filteredOn(e -> e.enterpriseId() == pushed.id())
                .singleElement().satisfies(e -> assertThat(e.ownIntent()).isNull());
        assertThatThrownBy(() -> intents.find(otherBank.actor(), intent.id())).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> intents.update(otherBank.actor(), intent.id(), BigDecimal.TEN, null))
                .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> intents.withdraw(otherBank.actor(), intent.id()))
                .isInstanceOf(ResponseStatusException.class);
    }

    @Test
    void theOperatorSeesEveryIntent() {
        CreditIntent a = intents.mark(bank.actor(), pushed.id(), new BigDecimal("1000000"), null);
        CreditIntent b = intents.mark(otherBank.actor(), pushed.id(), new BigDecimal("2000000"), null);
        Actor operator = fixture.member(OrganizationType.OPERATOR, "意向测试科技局").actor();

        assertThat(intents.list(operator)).extracting(CreditIntent::id).contains(a.id(), b.id());
        assertThat(intents.find(operator, b.id()).amount()).isEqualByComparingTo("2000000");
    }

    @Test
    void onlyEnterprisesOnTheListCanBeMarked() {
        Company notPushed = fixture.company("370704", "C");
        assertThatThrownBy(() -> intents.mark(bank.actor(), notPushed.id(), new BigDecimal("100"), null))
                .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> intents.mark(pushed.actor(), pushed.id(), new BigDecimal("100"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badAmountsAreRefusedAndNothingIsWritten() {
        long before = intentRows();
        for (String amount : new String[] {"0", "-1", "1.234"}) {
            assertThatThrownBy(() -> intents.mark(bank.actor(), pushed.id(), new BigDecimal(amount), null))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.violations().getFirst().field()).isEqualTo("amount"));
        }
        assertThatThrownBy(() -> intents.mark(bank.actor(), pushed.id(), null, "x".repeat(501)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("amount", "note"));
        assertThat(intentRows()).isEqualTo(before);
    }

    @Test
    void oneStandingIntentPerBankWhichItChangesAndWithdraws() {
        CreditIntent intent = intents.mark(bank.actor(), pushed.id(), new BigDecimal("1000000"), "初步意向");
        assertThatThrownBy(() -> intents.mark(bank.actor(), pushed.id(), new BigDecimal("2000000"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst().messageKey())
                        .isEqualTo("ratingpush.intent.exists"));

        CreditIntent changed = intents.update(bank.actor(), intent.id(), new BigDecimal("2500000.5"), "审批通过");
        assertThat(changed.amount()).isEqualTo(new BigDecimal("2500000.50"));

        CreditIntent withdrawn = intents.withdraw(bank.actor(), intent.id());
        assertThat(withdrawn.standing()).isFalse();
        assertThatThrownBy(() -> intents.update(bank.actor(), intent.id(), BigDecimal.TEN, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(intents.mark(bank.actor(), pushed.id(), new BigDecimal("800000"), null).standing()).isTrue();

        var audit = jdbc.sql("""
                        select action, before_state, after_state from audit_entry
                        where subject_type = 'rating.credit-intent' and subject_id = ? order by id""")
                .param(String.valueOf(intent.id()))
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        assertThat(audit).extracting(a -> a[0]).containsExactly("credit-intent.marked", "credit-intent.updated",
                "credit-intent.withdrawn");
        assertThat(audit.get(1)[1]).contains("1000000.00");
        assertThat(audit.get(1)[2]).contains("2500000.50");
    }

    @Test
    void anIntentIsFrozenWhenTheEnterpriseLeavesTheListButCanBeWithdrawn() {
        CreditIntent intent = intents.mark(bank.actor(), pushed.id(), new BigDecimal("1000000"), null);
        fixture.rate(pushed.id(), Grade.D, "30.00");

        assertThatThrownBy(() -> intents.update(bank.actor(), intent.id(), new BigDecimal("900000"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst().messageKey())
                        .isEqualTo("ratingpush.intent.notOnList"));
        assertThat(intents.list(pushed.actor())).singleElement().satisfies(i -> assertThat(i.standing()).isTrue());
        assertThat(intents.withdraw(bank.actor(), intent.id()).standing()).isFalse();
    }

    private long intentRows() {
        return jdbc.sql("select count(*) from rating_credit_intent").query(Long.class).single();
    }
}
