package io.kerong.enterprise;

import static io.kerong.enterprise.EnterpriseFixture.chengduSoftwareCompany;
import static io.kerong.enterprise.EnterpriseFixture.operator;
import static io.kerong.enterprise.EnterpriseFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kerong.audit.AuditEntry;
import io.kerong.audit.AuditTrail;
import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationRegistered;
import io.kerong.identity.OrganizationType;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class EnterpriseRegistryIntegrationTest {

    @Autowired EnterpriseRegistry registry;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher events;

    @Test
    void enterpriseUpdatesItsOwnProfileAndTheChangeIsAuditedWithBeforeAndAfter() {
        var mine = chengduSoftwareCompany().registeredBy(registry, jdbc, unique("ent-"));
        EnterpriseProfile before = registry.mine(mine.actor()).enterprise().profile();
        EnterpriseProfile changed = new EnterpriseProfile(before.name(), "赵敏", before.foundedOn(),
                before.divisionCode(), before.industrySection(), before.highTechField(), 150, 45,
                before.contactName(), before.contactPhone(), before.contactEmail());

        Enterprise after = registry.updateProfile(mine.actor(), mine.enterpriseId(), changed);

        assertThat(after.profile().employees()).isEqualTo(150);
        assertThat(after.version()).isEqualTo(1);
        AuditEntry entry = audit.forSubject("enterprise", String.valueOf(mine.enterpriseId()), 1).getFirst();
        assertThat(entry.action()).isEqualTo("enterprise.profile.updated");
        assertThat(entry.subjectOrganizationId()).isEqualTo(mine.organizationId());
        assertThat(entry.before()).contains("李明", "120");
        assertThat(entry.after()).contains("赵敏", "150");
        assertThat(audit.forSubjectOrganization(mine.organizationId(), 10)).extracting(AuditEntry::id)
                .contains(entry.id());
    }

    @Test
    void figuresWithSeveralBadFieldsAreRejectedNamingEveryFieldAndNothingIsSaved() {
        Enterprise e = chengduSoftwareCompany().importedBy(registry);
        YearlyFigures bad = new YearlyFigures(2300, new BigDecimal("-1"), new BigDecimal("100"),
                new BigDecimal("500"), new BigDecimal("10"), new BigDecimal("-5"), new BigDecimal("-99"),
                new BigDecimal("-2"), null);

        assertThatThrownBy(() -> registry.saveFigures(operator(), e.id(), bad))
                .isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((InvalidInputException) t).violations().stream().map(Violation::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("fiscalYear", "revenue", "totalLiabilities", "taxPaid", "rdExpense");
        assertThat(registry.details(operator(), e.id()).figures()).extracting(YearlyFigures::fiscalYear)
                .containsExactly(2024);
    }

    @Test
    void techStaffAboveEmployeesIsRejected() {
        Enterprise e = chengduSoftwareCompany().importedBy(registry);
        EnterpriseProfile p = e.profile();
        EnterpriseProfile wrong = new EnterpriseProfile(p.name(), p.legalRepresentative(), p.foundedOn(),
                "999999", p.industrySection(), p.highTechField(), 10, 11, p.contactName(), p.contactPhone(),
                "not-an-email");

        assertThatThrownBy(() -> registry.updateProfile(operator(), e.id(), wrong))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("techStaff", "divisionCode",
                                "contactEmail"));
    }

    @Test
    void anotherEnterpriseIsToldTheRecordDoesNotExist() {
        var mine = chengduSoftwareCompany().registeredBy(registry, jdbc, unique("ent-"));
        var other = chengduSoftwareCompany().named("成都另一家科技有限公司").registeredBy(registry, jdbc, unique("ent-"));

        assertThatThrownBy(() -> registry.details(other.actor(), mine.enterpriseId()))
                .isInstanceOf(EnterpriseNotFoundException.class);
        assertThatThrownBy(() -> registry.saveFigures(other.actor(), mine.enterpriseId(),
                new YearlyFigures(2024, BigDecimal.ONE, null, null, null, null, null, null, null)))
                .isInstanceOf(EnterpriseNotFoundException.class);
        assertThat(registry.details(mine.actor(), mine.enterpriseId()).accessBasis()).isEqualTo(AccessBasis.OWN);
    }

    @Test
    void aBankIsRefusedBecauseTheEnterpriseHasNotAppliedOrConsented() {
        Enterprise e = chengduSoftwareCompany().importedBy(registry);
        Actor bank = EnterpriseFixture.actor(900_001L, OrganizationType.BANK, "bank");

        assertThatThrownBy(() -> registry.details(bank, e.id()))
                .isInstanceOfSatisfying(EnterpriseAccessDeniedException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo(EnterpriseAccessDeniedException.NOT_SHARED));
        assertThatThrownBy(() -> registry.search(bank, EnterpriseQuery.all(), null, 10))
                .isInstanceOf(EnterpriseAccessDeniedException.class);
    }

    @Test
    void operatorSeesEveryRecordAndSearchesByNameRegionIndustryQualificationAndSupportList() {
        String tag = unique("检索");
        Enterprise software = chengduSoftwareCompany().named(tag + "软件有限公司").importedBy(registry);
        Enterprise maker = EnterpriseFixture.bareManufacturer("510116").named(tag + "制造有限公司")
                .withQualification(QualificationKind.HIGH_TECH_ENTERPRISE, java.time.LocalDate.of(2020, 1, 1),
                        java.time.LocalDate.of(2022, 12, 31))
                .importedBy(registry);
        registry.decideSupportList(operator(), maker.id(), SupportListAction.ADD, "联席会议 2025 年第 1 次会议纳入");

        assertThat(ids(new EnterpriseQuery(tag, null, null, null, null))).containsExactly(maker.id(), software.id());
        assertThat(ids(new EnterpriseQuery(tag, "510100", IndustrySection.C, null, null))).containsExactly(maker.id());
        assertThat(ids(new EnterpriseQuery(tag, "440000", null, null, null))).isEmpty();
        assertThat(ids(new EnterpriseQuery(tag, null, null, QualificationKind.TECH_SME, null)))
                .containsExactly(software.id());
        assertThat(ids(new EnterpriseQuery(tag, null, null, QualificationKind.HIGH_TECH_ENTERPRISE, null)))
                .as("an expired certificate does not count").isEmpty();
        assertThat(ids(new EnterpriseQuery(tag, null, null, null, true))).containsExactly(maker.id());
        assertThat(ids(new EnterpriseQuery(software.uscc().substring(4, 14), null, null, null, null)))
                .containsExactly(software.id());

        EnterprisePage first = registry.search(operator(), new EnterpriseQuery(tag, null, null, null, null), null, 1);
        assertThat(first.total()).isEqualTo(2);
        EnterprisePage second = registry.search(operator(), new EnterpriseQuery(tag, null, null, null, null),
                first.nextAfter(), 1);
        assertThat(second.items()).extracting(EnterpriseSummary::id).containsExactly(software.id());
        assertThat(second.nextAfter()).isNull();
        assertThat(registry.details(operator(), software.id()).divisionName()).isEqualTo("四川省成都市武侯区");
    }

    @Test
    void onlyTheOperatorDecidesTheSupportListAndTheEnterpriseSeesTheHistoryWithReasons() {
        var mine = chengduSoftwareCompany().registeredBy(registry, jdbc, unique("ent-"));

        assertThatThrownBy(() -> registry.decideSupportList(mine.actor(), mine.enterpriseId(),
                SupportListAction.ADD, "自荐")).isInstanceOfSatisfying(EnterpriseAccessDeniedException.class,
                ex -> assertThat(ex.messageKey()).isEqualTo(EnterpriseAccessDeniedException.OPERATOR_ONLY));
        registry.decideSupportList(operator(), mine.enterpriseId(), SupportListAction.ADD, "符合 2025 年支持条件");
        registry.decideSupportList(operator(), mine.enterpriseId(), SupportListAction.REMOVE, "贷款逾期超过 90 天");
        assertThatThrownBy(() -> registry.decideSupportList(operator(), mine.enterpriseId(),
                SupportListAction.REMOVE, "再次移出")).isInstanceOf(InvalidInputException.class);

        EnterpriseDetails seen = registry.mine(mine.actor());
        assertThat(seen.supportListHistory()).extracting(SupportListDecision::action, SupportListDecision::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SupportListAction.ADD, "符合 2025 年支持条件"),
                        org.assertj.core.groups.Tuple.tuple(SupportListAction.REMOVE, "贷款逾期超过 90 天"));
        assertThat(seen.supportListMember()).isFalse();
    }

    @Test
    void registrationLinksARecordImportedEarlierUnderTheSameCreditCode() {
        EnterpriseFixture fixture = chengduSoftwareCompany();
        Enterprise imported = fixture.importedBy(registry);
        long org = EnterpriseFixture.organization(jdbc, OrganizationType.ENTERPRISE, "成都云岭软件有限公司", fixture.uscc());

        tx.executeWithoutResult(s -> events.publishEvent(new OrganizationRegistered(org, OrganizationType.ENTERPRISE,
                fixture.uscc(), "成都云岭软件有限公司", "张华", "13800000000", "a@example.cn")));

        Actor actor = EnterpriseFixture.actor(org, OrganizationType.ENTERPRISE, "linked");
        EnterpriseDetails mine = registry.mine(actor);
        assertThat(mine.enterprise().id()).isEqualTo(imported.id());
        assertThat(mine.figures()).hasSize(1);
        assertThat(audit.forSubject("enterprise", String.valueOf(imported.id()), 1).getFirst().action())
                .isEqualTo("enterprise.linked");
    }

    @Test
    void registrationOfAnUnknownEnterpriseCreatesTheRecordInTheDivisionOfItsCreditCode() {
        String uscc = EnterpriseFixture.freshUscc("510104");
        long org = EnterpriseFixture.organization(jdbc, OrganizationType.ENTERPRISE, "锦江新注册科技有限公司", uscc);

        tx.executeWithoutResult(s -> events.publishEvent(new OrganizationRegistered(org, OrganizationType.ENTERPRISE,
                uscc, "锦江新注册科技有限公司", "刘洋", "13900000000", "b@example.cn")));

        EnterpriseDetails mine = registry.mine(EnterpriseFixture.actor(org, OrganizationType.ENTERPRISE, "new"));
        assertThat(mine.enterprise().uscc()).isEqualTo(uscc);
        assertThat(mine.enterprise().profile().divisionCode()).isEqualTo("510104");
        assertThat(mine.divisionName()).isEqualTo("四川省成都市锦江区");
        assertThat(mine.enterprise().profile().contactName()).isEqualTo("刘洋");
    }

    private List<Long> ids(EnterpriseQuery query) {
        return registry.search(operator(), query, null, 50).items().stream().map(EnterpriseSummary::id).toList();
    }
}
