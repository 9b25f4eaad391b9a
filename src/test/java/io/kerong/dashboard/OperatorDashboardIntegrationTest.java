package io.kerong.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The operator dashboard's figures must equal what the database holds, figure by figure. */
@SpringBootTest
@AutoConfigureMockMvc
class OperatorDashboardIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    private final JsonMapper json = JsonMapper.builder().build();
    private DashboardFixtures fixtures;
    private String operator;

    @BeforeEach
    void operator() {
        fixtures = new DashboardFixtures(jdbc);
        operator = fixtures.user(fixtures.organization("OPERATOR", "看板测试科技局", "ACTIVE", null), "ORG_ADMIN");
    }

    @Test
    void everyFigureEqualsTheDatabaseCount() throws Exception {
        addKnownEnterprises();
        JsonNode figures = figures();
        assertThat(figures.get("enterprises").asLong()).isEqualTo(count("select count(*) from enterprise"));
        for (JsonNode province : figures.get("provinces")) {
            String code = province.get("code").asString();
            assertThat(province.get("enterprises").asLong()).as(code).isEqualTo(
                    count("select count(*) from enterprise where left(division_code, 2) = '" + code.substring(0, 2) + "'"));
            for (JsonNode city : figures.get("cities").get(code)) {
                String c = city.get("code").asString();
                assertThat(city.get("enterprises").asLong()).as(c).isEqualTo(
                        count("select count(*) from enterprise where left(division_code, 4) = '" + c.substring(0, 4) + "'"));
            }
        }
        long sumOfSections = 0;
        for (JsonNode industry : figures.get("industries")) {
            long n = industry.get("enterprises").asLong();
            sumOfSections += n;
            assertThat(n).isEqualTo(count("select count(*) from enterprise where industry_section = '"
                    + industry.get("code").asString() + "'"));
        }
        assertThat(sumOfSections).isEqualTo(count("select count(*) from enterprise where industry_section is not null"));
        Map<String, Long> qualifications = qualifications(figures);
        for (String kind : new String[] {"HIGH_TECH_ENTERPRISE", "TECH_SME", "SPECIALIZED_NEW", "LITTLE_GIANT"}) {
            assertThat(qualifications.get(kind)).as(kind).isEqualTo(count("""
                    select count(distinct enterprise_id) from enterprise_qualification where kind = '%s'
                    and valid_from <= current_date and (valid_until is null or valid_until >= current_date)"""
                    .formatted(kind)));
        }
        assertThat(qualifications.get("SUPPORT_LIST")).isEqualTo(count("""
                select count(*) from enterprise e where (select action from enterprise_support_list_decision d
                where d.enterprise_id = e.id order by d.id desc limit 1) = 'ADDED'"""));
        JsonNode evaluation = figures.get("evaluation");
        assertThat(evaluation.get("evaluated").asLong())
                .isEqualTo(count("select count(distinct enterprise_id) from enterprise_evaluation"));
        assertThat(evaluation.get("qualified").asLong()).isEqualTo(count("""
                select count(*) from enterprise e where (select qualified from enterprise_evaluation v
                where v.enterprise_id = e.id order by evaluated_at desc, id desc limit 1)"""));
        assertThat(figures.get("pendingRegistrations").asLong()).isEqualTo(
                count("select count(*) from identity_organization where type = 'ENTERPRISE' and status = 'PENDING'"));
    }

    @Test
    void knownEnterprisesMoveEachFigureByExactlyTheirOwnCount() throws Exception {
        JsonNode before = figures();
        addKnownEnterprises();
        JsonNode after = figures();
        assertThat(delta(before, after, "enterprises")).isEqualTo(3);
        assertThat(industry(after, "C") - industry(before, "C")).isEqualTo(2);
        assertThat(industry(after, "I") - industry(before, "I")).isEqualTo(1);
        Map<String, Long> q0 = qualifications(before);
        Map<String, Long> q1 = qualifications(after);
        assertThat(q1.get("HIGH_TECH_ENTERPRISE") - q0.get("HIGH_TECH_ENTERPRISE")).as("expired one left out").isEqualTo(1);
        assertThat(q1.get("TECH_SME") - q0.get("TECH_SME")).as("not yet valid one left out").isEqualTo(1);
        assertThat(q1.get("SUPPORT_LIST") - q0.get("SUPPORT_LIST")).as("removed one left out").isEqualTo(1);
        assertThat(after.get("evaluation").get("evaluated").asLong() - before.get("evaluation").get("evaluated").asLong())
                .isEqualTo(2);
        assertThat(after.get("evaluation").get("qualified").asLong() - before.get("evaluation").get("qualified").asLong())
                .as("only the latest evaluation counts").isEqualTo(1);
        assertThat(delta(before, after, "pendingRegistrations")).isEqualTo(1);
    }

    @Test
    void onlyTheOperatorGetsTheFigures() throws Exception {
        String bank = fixtures.user(fixtures.organization("BANK", "看板测试银行", "ACTIVE", null), "ORG_ADMIN");
        assertThat(mvc.perform(get("/api/v1/dashboard/operator").with(user(users.loadUserByUsername(bank))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/dashboard/operator")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    /** Three enterprises in 成都 and 济南 with qualifications that count, and ones that must not. */
    private void addKnownEnterprises() {
        LocalDate today = LocalDate.now();
        long a = fixtures.enterprise(fixtures.uscc("510107"), "510107", "C", null);
        long b = fixtures.enterprise(fixtures.uscc("510116"), "510116", "I", null);
        long c = fixtures.enterprise(fixtures.uscc("370102"), "370102", "C", null);
        fixtures.qualification(a, "HIGH_TECH_ENTERPRISE", today.minusYears(1), today.plusYears(2));
        fixtures.qualification(b, "HIGH_TECH_ENTERPRISE", today.minusYears(4), today.minusYears(1));
        fixtures.qualification(a, "TECH_SME", today.minusMonths(1), today.plusMonths(2));
        fixtures.qualification(c, "TECH_SME", today.plusDays(10), today.plusYears(1));
        fixtures.supportList(a, "ADDED");
        fixtures.supportList(b, "ADDED");
        fixtures.supportList(b, "REMOVED");
        OffsetDateTime now = OffsetDateTime.now();
        fixtures.evaluation(a, now.minusDays(30), 40, false);
        fixtures.evaluation(a, now.minusDays(1), 75, true);
        fixtures.evaluation(b, now.minusDays(2), 50, false);
        fixtures.organization("ENTERPRISE", "看板测试待审核企业", "PENDING", fixtures.uscc("510104"));
    }

    private JsonNode figures() throws Exception {
        String body = mvc.perform(get("/api/v1/dashboard/operator").with(user(users.loadUserByUsername(operator))))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static Map<String, Long> qualifications(JsonNode figures) {
        Map<String, Long> map = new HashMap<>();
        figures.get("qualifications").forEach(q -> map.put(q.get("code").asString(), q.get("enterprises").asLong()));
        return map;
    }

    private static long industry(JsonNode figures, String section) {
        for (JsonNode n : figures.get("industries")) {
            if (n.get("code").asString().equals(section)) {
                return n.get("enterprises").asLong();
            }
        }
        return 0;
    }

    private static long delta(JsonNode before, JsonNode after, String field) {
        return after.get(field).asLong() - before.get(field).asLong();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
