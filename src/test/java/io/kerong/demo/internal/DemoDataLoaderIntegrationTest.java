package io.kerong.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo loader runs on the first start of this test's empty database, as it would for a new installation. */
@SpringBootTest(properties = "kerong.demo.enabled=true")
@AutoConfigureMockMvc
class DemoDataLoaderIntegrationTest {

    private static final List<String> TABLES = List.of("identity_organization", "identity_user", "enterprise",
            "enterprise_yearly_figures", "enterprise_ip_holding", "enterprise_qualification",
            "enterprise_support_list_decision", "enterprise_evaluation", "audit_entry", "rating_push_application",
            "rating_push", "rating_credit_intent");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired DemoDataLoader loader;
    @Autowired io.kerong.rating.IndicatorData indicatorData;
    @Autowired io.kerong.rating.RatingModels models;
    @Autowired io.kerong.rating.Scorer scorer;
    @Autowired java.time.Clock clock;

    @Test
    void everyDemoEnterpriseHasDepartmentDataAndGradesSpreadAcrossAToD() {
        assertThat(jdbc.sql("select count(distinct enterprise_id) from rating_indicator_value").query(Integer.class).single())
                .isEqualTo(DemoPopulation.ENTERPRISES);
        assertThat(jdbc.sql("select count(distinct department) from rating_data_batch where status = 'APPLIED'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(14);
        var model = models.current();
        Map<io.kerong.rating.Grade, Integer> grades = new java.util.EnumMap<>(io.kerong.rating.Grade.class);
        List<String> knockOuts = new java.util.ArrayList<>();
        List<java.math.BigDecimal> scores = new java.util.ArrayList<>();
        indicatorData.forEachEnterprise(java.time.LocalDate.now(clock), e -> {
            var score = scorer.score(model, e.values());
            grades.merge(score.grade(), 1, Integer::sum);
            scores.add(score.totalScore());
            knockOuts.addAll(score.knockOuts());
        });
        org.slf4j.LoggerFactory.getLogger(getClass()).info("Demo grades {}, knock-outs {}, scores {}", grades, knockOuts.size(),
                scores.stream().sorted().toList());
        assertThat(grades.keySet()).containsExactlyInAnyOrder(io.kerong.rating.Grade.values());
        assertThat(grades.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
        assertThat(knockOuts).isNotEmpty();
    }

    @Test
    void theDemoHasADraftModelWhoseComparisonMovesEnterprisesBothWays(
            @Autowired io.kerong.rating.internal.comparison.DraftComparisons comparisons) {
        var draft = models.all().stream().filter(m -> m.status() == io.kerong.rating.ModelStatus.DRAFT).toList();
        assertThat(draft).extracting(io.kerong.rating.RatingModel::name).containsExactly(DemoModelDraft.NAME);

        var comparison = comparisons.compare(draft.getFirst(), true);

        assertThat(comparison.enterprises()).isGreaterThanOrEqualTo(DemoPopulation.ENTERPRISES);
        assertThat(comparison.upgraded()).as("D → C at 48 points").isPositive();
        assertThat(comparison.downgraded()).as("A → B below 82 points").isPositive();
        assertThat(comparison.count(io.kerong.rating.Grade.A, io.kerong.rating.Grade.B)).isPositive();
        assertThat(comparison.count(io.kerong.rating.Grade.D, io.kerong.rating.Grade.C)).isPositive();
    }

    @Test
    void everyDemoEnterpriseIsRatedOnceByThePlatformAtFirstStart() {
        assertThat(jdbc.sql("select count(*) from rating_latest").query(Integer.class).single())
                .isEqualTo(jdbc.sql("select count(*) from enterprise").query(Integer.class).single())
                .isGreaterThanOrEqualTo(DemoPopulation.ENTERPRISES);
        assertThat(jdbc.sql("select count(*) from rating_run where status = 'COMPLETED' and started_by = 'system'")
                .query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select count(distinct grade) from rating_latest").query(Integer.class).single())
                .isEqualTo(io.kerong.rating.Grade.values().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"operator", "bank", "bank2", "investor", "university", "provider", "community",
            "community2", "community8", "enterprise", "enterprise2"})
    void everyDemoAccountLogsInWithTheDemoPassword(String username) throws Exception {
        mvc.perform(formLogin().user(username).password("Kerong@2026"))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/home"));
    }

    @Test
    void pendingRegistrationCannotLogInUntilApproved() throws Exception {
        mvc.perform(formLogin().user("pending").password("Kerong@2026"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=disabled"));
        assertThat(jdbc.sql("""
                        select o.status from identity_organization o join identity_user u on u.organization_id = o.id
                        where u.username = 'pending'""").query(String.class).single()).isEqualTo("PENDING");
    }

    @Test
    void everyRoleHasADemoAccount() {
        Map<String, String> typeByUser = jdbc.sql("""
                        select u.username, o.type from identity_user u join identity_organization o
                        on o.id = u.organization_id""")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(typeByUser).containsEntry("operator", "OPERATOR").containsEntry("bank", "BANK")
                .containsEntry("bank2", "BANK").containsEntry("investor", "INVESTOR")
                .containsEntry("university", "UNIVERSITY").containsEntry("provider", "SERVICE_PROVIDER")
                .containsEntry("community", "INDUSTRY_COMMUNITY").containsEntry("enterprise", "ENTERPRISE")
                .containsEntry("enterprise2", "ENTERPRISE").containsEntry("pending", "ENTERPRISE");
        assertThat(count("select count(*) from identity_organization where type = 'OPERATOR'"))
                .as("the operator bootstrap found the demo operator and added none").isEqualTo(1);
    }

    @Test
    void registryHoldsTwoHundredEnterprisesWithFiguresQualificationsAndEvaluations() {
        assertThat(count("select count(*) from enterprise")).isEqualTo(DemoPopulation.ENTERPRISES + 1);
        assertThat(count("select count(*) from enterprise where organization_id is not null"))
                .isEqualTo(DemoPopulation.REGISTERED + 1);
        assertThat(count("select count(*) from enterprise_yearly_figures")).isEqualTo(DemoPopulation.ENTERPRISES * 3);
        assertThat(count("select count(distinct enterprise_id) from enterprise_evaluation")).isBetween(100L, 180L);
        assertThat(count("select count(*) from enterprise_evaluation where qualified")).isPositive();
        assertThat(count("select count(*) from enterprise_evaluation where not qualified")).isPositive();
        assertThat(count("select count(*) from enterprise_qualification where kind = 'HIGH_TECH_ENTERPRISE' "
                + "and valid_until < current_date")).as("expired 高企").isPositive();
        assertThat(count("select count(*) from enterprise_qualification where kind = 'TECH_SME' "
                + "and certificate_no ~ '^20[0-9]{2}[0-9]{6}A[0-9]{7}$'")).isGreaterThan(80);
        assertThat(count("select count(*) from enterprise_support_list_decision where action = 'REMOVED'"))
                .isPositive();
        assertThat(count("select count(*) from audit_entry")).as("written through audited services")
                .isGreaterThan(1000);
    }

    @Test
    void theEnterpriseAccountShowsACompleteProfileWithAnExpiringCertificate() {
        Map<String, Object> row = jdbc.sql("""
                        select e.* from enterprise e join identity_user u on u.organization_id = e.organization_id
                        where u.username = 'enterprise'""").query().singleRow();
        assertThat(row.values()).doesNotContainNull();
        long id = ((Number) row.get("id")).longValue();
        assertThat(count("select count(*) from enterprise_qualification where enterprise_id = " + id
                + " and kind = 'HIGH_TECH_ENTERPRISE' and valid_until between current_date and current_date + 90"))
                .isEqualTo(1);
        assertThat(count("select count(*) from enterprise_evaluation where enterprise_id = " + id)).isEqualTo(1);
    }

    @Test
    void mostDemoEnterprisesAppliedForTheFinancingPushAndTheCommunitiesDecided() {
        long applied = count("select count(*) from rating_push_application");
        assertThat(applied).isBetween(DemoPopulation.ENTERPRISES * 6L / 10, DemoPopulation.ENTERPRISES * 9L / 10);
        assertThat(count("select count(distinct community_id) from rating_push_application"))
                .as("every demo community has applications").isEqualTo(count(
                        "select count(*) from identity_organization where type = 'INDUSTRY_COMMUNITY'"));
        long endorsed = count("select count(*) from rating_push_application where decision = 'ENDORSED'");
        long rejected = count("select count(*) from rating_push_application where decision = 'REJECTED'");
        assertThat(endorsed).isGreaterThan(applied / 2);
        assertThat(rejected).isPositive().isLessThan(endorsed);
        assertThat(count("select count(*) from rating_push_application where decision = 'REJECTED' "
                + "and length(decision_reason) < 10")).as("every rejection says why").isZero();
        assertThat(count("""
                select count(*) from rating_push_application a join identity_user u on u.organization_id = a.community_id
                where u.username = 'community' and a.decision is null and a.withdrawn_at is null"""))
                .as("the community account has applications to review").isGreaterThanOrEqualTo(3);
        assertThat(count("""
                select count(*) from rating_push_application a join identity_user u
                on u.organization_id = a.enterprise_org_id where u.username = 'enterprise' and a.decision = 'ENDORSED'"""))
                .isEqualTo(1);
        assertThat(count("""
                select count(*) from rating_push_application a join identity_user u
                on u.organization_id = a.enterprise_org_id where u.username = 'enterprise2'"""))
                .as("left for a new user to try the form").isZero();
    }

    @Test
    void theGradesPutEndorsedEnterprisesOnThePushListAndTheBanksMarkedIntents() {
        long onList = count("select count(*) from rating_push where removed_at is null");
        assertThat(onList).isPositive();
        assertThat(count("""
                select count(*) from rating_push p join rating_push_application a on a.id = p.application_id
                join rating_latest l on l.enterprise_id = p.enterprise_id
                where p.removed_at is null and (a.decision is distinct from 'ENDORSED' or a.withdrawn_at is not null
                    or l.grade > 'C')""")).as("every push follows the rules").isZero();
        assertThat(count("""
                select count(*) from rating_push_application a join rating_latest l on l.enterprise_id = a.enterprise_id
                where a.decision = 'ENDORSED' and a.withdrawn_at is null and l.grade <= 'C'
                and not exists (select 1 from rating_push p where p.application_id = a.id and p.removed_at is null)"""))
                .as("every application that passes is pushed").isZero();
        long intents = count("select count(distinct enterprise_id) from rating_credit_intent where withdrawn_at is null");
        assertThat(intents).isPositive().isLessThan(onList);
        assertThat(count("""
                select count(*) from rating_credit_intent i join identity_user u on u.organization_id = i.bank_id
                where u.username = 'bank'""")).as("the bank account has intents to show").isPositive();
        assertThat(count("""
                select count(*) from rating_credit_intent i join enterprise e on e.id = i.enterprise_id
                join identity_user u on u.organization_id = e.organization_id where u.username = 'enterprise'
                and exists (select 1 from rating_push p where p.enterprise_id = e.id)"""))
                .as("the enterprise account, when pushed, sees an intent").isEqualTo(count("""
                        select count(*) from rating_push p join enterprise e on e.id = p.enterprise_id
                        join identity_user u on u.organization_id = e.organization_id
                        where u.username = 'enterprise' and p.removed_at is null"""));
        assertThat(count("""
                select count(*) from rating_credit_intent i where i.amount < (select r.credit_min from rating_latest l
                join rating_result r on r.id = l.rating_id where l.enterprise_id = i.enterprise_id)"""))
                .as("intents within the credit line").isZero();
        org.slf4j.LoggerFactory.getLogger(getClass()).info("Demo funnel: applied {}, endorsed {}, pushed {}, with intent {}",
                count("select count(*) from rating_push_application"),
                count("select count(*) from rating_push_application where decision = 'ENDORSED'"),
                count("select count(distinct application_id) from rating_push"), intents);
    }

    @Test
    void loadingAgainCreatesNothing() {
        Map<String, Long> before = counts();
        assertThat(loader.load()).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return TABLES.stream().collect(Collectors.toMap(t -> t, t -> count("select count(*) from " + t)));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
