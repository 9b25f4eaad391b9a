package io.kerong.rating.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.DeliveredValue;
import io.kerong.rating.Department;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.RatingDataFixture;
import io.kerong.rating.RatingModels;
import io.kerong.rating.RatingRun;
import io.kerong.rating.ReportGround;
import io.kerong.rating.ReportGrounds;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.hamcrest.Matchers;

/** The rating results API and pages, with a report ground that one test bank holds. */
@SpringBootTest
@AutoConfigureMockMvc
class RatingResultsWebIntegrationTest {

    /** The organization a ground is given to (set per test), with the enterprise it may see. */
    static volatile long groundedOrganization = -1;
    static volatile long groundedEnterprise = -1;

    @TestConfiguration
    static class Grounds {
        @Bean
        ReportGrounds pushedToTestBank() {
            return (organizationId, enterpriseId) -> organizationId == groundedOrganization
                    && enterpriseId == groundedEnterprise ? Optional.of(ReportGround.standing("GRANTED", "rating.basis.operator")) : Optional.empty();
        }
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired EnterpriseRegistry registry;
    @Autowired DepartmentData data;
    @Autowired RatingModels models;
    @Autowired EnterpriseRatings ratings;
    @Autowired Clock clock;

    EnterpriseFixture.Registered enterprise;
    String uscc;
    UserDetails owner;
    UserDetails operator;

    @BeforeEach
    void aRatedEnterpriseWithATaxArrearsKnockOut() {
        EnterpriseFixture fixture = EnterpriseFixture.chengduSoftwareCompany();
        String username = EnterpriseFixture.unique("rated-");
        enterprise = fixture.registeredBy(registry, jdbc, username);
        uscc = fixture.uscc();
        RatingDataFixture.best(models.current(), fixture.uscc(), LocalDate.now(clock))
                .with("TAX_ARREARS_AMOUNT", "80").deliver(data, EnterpriseFixture.operator());
        ratings.rate(EnterpriseFixture.operator(), enterprise.enterpriseId());
        owner = users.loadUserByUsername(username);
        operator = member(OrganizationType.OPERATOR, "rating-operator-");
    }

    @Test
    void theEnterpriseSeesItsRatingExplainedInItsLanguage() throws Exception {
        mvc.perform(get("/api/v1/rating/enterprises/{id}", enterprise.enterpriseId()).with(user(owner))
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value("D"))
                .andExpect(jsonPath("$.knockOuts[0].code").value("KO_TAX_ARREARS"))
                .andExpect(jsonPath("$.knockOuts[0].message").value("欠缴税款达 50 万元以上，一票否决"))
                .andExpect(jsonPath("$.reasons[?(@.indicator == 'TAX_ARREARS_AMOUNT')].message",
                        Matchers.contains(Matchers.startsWith("欠缴税款金额为 80"))))
                .andExpect(jsonPath("$.dimensions.length()").value(4))
                .andExpect(jsonPath("$.creditLine.min").doesNotExist())
                .andExpect(jsonPath("$.modelVersion").value(models.current().version()))
                .andExpect(jsonPath("$.basis").value("OWN"))
                .andExpect(jsonPath("$.completeness").isNumber());
        mvc.perform(get("/api/v1/rating/enterprises/{id}", enterprise.enterpriseId()).with(user(owner))
                        .param("lang", "en"))
                .andExpect(jsonPath("$.basisText").value("your own enterprise"))
                .andExpect(jsonPath("$.knockOuts[0].message", Matchers.not(Matchers.containsString("欠缴"))));
    }

    @Test
    void othersAreToldThereIsNoRatingUnlessAGroundLetsThemSeeIt() throws Exception {
        UserDetails otherEnterprise = member(OrganizationType.ENTERPRISE, "rating-other-");
        UserDetails bank = member(OrganizationType.BANK, "rating-bank-");
        String path = "/api/v1/rating/enterprises/" + enterprise.enterpriseId();

        mvc.perform(get(path).with(user(otherEnterprise))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(user(bank))).andExpect(status().isNotFound());
        mvc.perform(post(path + "/rate").with(user(bank)).with(csrf())).andExpect(status().isNotFound());

        groundedOrganization = organizationOf(bank);
        groundedEnterprise = enterprise.enterpriseId();
        mvc.perform(get(path).with(user(bank))).andExpect(status().isOk())
                .andExpect(jsonPath("$.basis").value("GRANTED"))
                .andExpect(jsonPath("$.basisText").value(Matchers.not(Matchers.startsWith("rating."))));
        mvc.perform(post(path + "/rate").with(user(bank)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rating/enterprises/{id}", enterprise.enterpriseId() + 100_000).with(user(operator)))
                .andExpect(status().isNotFound());
    }

    @Test
    void ratingNowAfterNewDataAddsToTheHistoryAndAgainWithNothingNewDoesNot() throws Exception {
        data.receive(EnterpriseFixture.operator(), EnterpriseFixture.unique("arrears-"), Department.TAXATION,
                List.of(new DeliveredValue(uscc, "TAX_ARREARS_AMOUNT",
                        java.time.YearMonth.now(clock).minusMonths(1).toString(), "90")));
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/rating/enterprises/{id}/rate", enterprise.enterpriseId()).with(user(owner))
                            .with(csrf()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.trigger").value("ON_DEMAND"))
                    .andExpect(jsonPath("$.previousGrade").value("D"))
                    .andExpect(jsonPath("$.basis").value("OWN"));
        }
        mvc.perform(post("/api/v1/rating/enterprises/{id}/rate", enterprise.enterpriseId()).with(user(operator))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.basis").value("OPERATOR"))
                .andExpect(jsonPath("$.basisText").value(Matchers.not(Matchers.startsWith("rating."))));
        mvc.perform(get("/api/v1/rating/enterprises/{id}/history", enterprise.enterpriseId()).with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].grade").value("D"));
    }

    @Test
    void theOperatorStartsARunThatFinishesInTheBackground() throws Exception {
        String location = mvc.perform(post("/api/v1/rating/runs").with(user(operator)).with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andReturn().getResponse().getHeader("Location");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get(location).with(user(operator))).andExpect(jsonPath("$.status").value("COMPLETED")));
        mvc.perform(get("/api/v1/rating/runs").with(user(operator)))
                .andExpect(jsonPath("$[0].status").value("COMPLETED"))
                .andExpect(jsonPath("$[0].rated").value(Matchers.greaterThan(0)));
        mvc.perform(post("/api/v1/rating/runs").param("asOf", LocalDate.now(clock).plusDays(2).toString())
                        .with(user(operator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("asOf")));
        assertThat(ratings.runs(1)).extracting(RatingRun::status).containsExactly(RatingRun.Status.COMPLETED);
    }

    @Test
    void theRatingPageExplainsTheGradeAndHowToLiftIt() throws Exception {
        mvc.perform(get("/enterprise/rating").with(user(owner)).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("D 级"),
                        Matchers.containsString("欠缴税款达 50 万元以上，一票否决"),
                        Matchers.containsString("消除一票否决：将欠缴税款金额由 80 万元 调整为"),
                        Matchers.containsString("/rating/report/" + enterprise.enterpriseId()),
                        Matchers.containsString("等级历史"))));
    }

    @Test
    void theWhatIfPageRecalculatesWithChangedFigures() throws Exception {
        mvc.perform(get("/enterprise/rating/what-if").with(user(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"TAX_ARREARS_AMOUNT\" value=\"80\"")));

        mvc.perform(post("/enterprise/rating/what-if").param("TAX_ARREARS_AMOUNT", "0").with(user(owner)).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"what-if-result\""),
                        Matchers.not(Matchers.containsString("data-grade=\"D\"")),
                        Matchers.containsString("按现有数据：D 级"))));

        mvc.perform(post("/enterprise/rating/what-if").param("TAX_ARREARS_AMOUNT", "很多").with(user(owner))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("指标 TAX_ARREARS_AMOUNT 须为数字")));
    }

    @Test
    void theOperatorListsLatestGradesByGradeWithCounts() throws Exception {
        String name = registry.details(EnterpriseFixture.operator(), enterprise.enterpriseId()).enterprise().name();
        mvc.perform(get("/operator/rating/ratings").param("grade", "D").param("province", "510000")
                        .with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString(name),
                        Matchers.containsString("/operator/rating/ratings/" + enterprise.enterpriseId()))));
        mvc.perform(get("/operator/rating/ratings").param("grade", "A").with(user(operator)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(
                        "/operator/rating/ratings/" + enterprise.enterpriseId() + "\""))));
        mvc.perform(get("/operator/rating/ratings/{id}", enterprise.enterpriseId()).with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("平台运营方")));
        mvc.perform(post("/operator/rating/runs").with(user(operator)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/operator/rating/ratings"));
        await().atMost(Duration.ofSeconds(60)).until(() -> ratings.runs(1).getFirst().status()
                != RatingRun.Status.RUNNING);
    }

    private UserDetails member(OrganizationType type, String prefix) {
        String username = EnterpriseFixture.unique(prefix);
        long org = EnterpriseFixture.organization(jdbc, type, username, null);
        EnterpriseFixture.user(jdbc, org, username);
        return users.loadUserByUsername(username);
    }

    private long organizationOf(UserDetails user) {
        return jdbc.sql("select organization_id from identity_user where username = ?").param(user.getUsername())
                .query(Long.class).single();
    }
}
