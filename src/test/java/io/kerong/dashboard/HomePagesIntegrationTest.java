package io.kerong.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Each organization type opens its own home page and no other. */
@SpringBootTest
@AutoConfigureMockMvc
class HomePagesIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    private DashboardFixtures fixtures;
    private final Map<String, String> userByType = new LinkedHashMap<>();
    private long enterpriseId;

    @BeforeEach
    void oneUserPerType() {
        fixtures = new DashboardFixtures(jdbc);
        for (String type : new String[] {"BANK", "INVESTOR", "UNIVERSITY", "SERVICE_PROVIDER", "INDUSTRY_COMMUNITY",
                "OPERATOR"}) {
            userByType.put(type, fixtures.user(fixtures.organization(type, "首页测试" + type, "ACTIVE", null), "ORG_ADMIN"));
        }
        String uscc = fixtures.uscc("510107");
        long org = fixtures.organization("ENTERPRISE", "首页测试企业", "ACTIVE", uscc);
        userByType.put("ENTERPRISE", fixtures.user(org, "STAFF"));
        enterpriseId = fixtures.enterprise(uscc, "510107", "I", org);
    }

    @ParameterizedTest
    @CsvSource({"ENTERPRISE, /home/enterprise, BANK", "BANK, /home/bank, INVESTOR",
            "INVESTOR, /home/investor, ENTERPRISE", "UNIVERSITY, /home/university, SERVICE_PROVIDER",
            "SERVICE_PROVIDER, /home/service-provider, UNIVERSITY",
            "INDUSTRY_COMMUNITY, /home/industry-community, OPERATOR", "OPERATOR, /home/operator, ENTERPRISE"})
    void homePageOpensForItsTypeAndIsRefusedToAnother(String type, String path, String other) throws Exception {
        MockHttpServletResponse own = page(path, type);
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentAsString()).contains("欢迎使用科融平台");
        assertThat(page(path, other).getStatus()).isEqualTo(403);
    }

    @Test
    void homeSendsEachUserToTheirOwnPage() throws Exception {
        var response = mvc.perform(get("/home").with(user(users.loadUserByUsername(userByType.get("SERVICE_PROVIDER")))))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/home/service-provider");
    }

    @Test
    void enterpriseHomeShowsCompletenessLatestEvaluationAndExpiringCertificate() throws Exception {
        LocalDate today = LocalDate.now();
        fixtures.qualification(enterpriseId, "HIGH_TECH_ENTERPRISE", today.minusYears(3).plusDays(30), today.plusDays(29));
        fixtures.evaluation(enterpriseId, OffsetDateTime.now().minusDays(3), 45, false);
        fixtures.evaluation(enterpriseId, OffsetDateTime.now().minusDays(1), 85, true);
        fixtures.supportList(enterpriseId, "ADDED");
        String html = page("/home/enterprise", "ENTERPRISE").getContentAsString();
        // no figures and no IP yet: 10 of 12 items complete
        assertThat(html).contains("83%", "年度财务数据", "知识产权");
        assertThat(html).contains("85 分（满分 100）", "符合科技型中小企业条件");
        assertThat(html).contains("expiring", "剩余 29 天");
        assertThat(html).contains("本企业已列入科创企业支持名单");
    }

    @Test
    void operatorHomeLoadsTheChartsScriptWithoutInlineCode() throws Exception {
        String html = page("/home/operator", "OPERATOR").getContentAsString();
        assertThat(html).containsPattern("/webjars/echarts/[0-9.]*/?echarts.min.js").contains("/js/dashboard.js",
                "data-figures-url=\"/api/v1/dashboard/operator\"");
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    @Test
    void organizationHomeCountsItsUsers() throws Exception {
        long bankOrg = jdbc.sql("select organization_id from identity_user where username = ?")
                .param(userByType.get("BANK")).query(Long.class).single();
        fixtures.user(bankOrg, "STAFF");
        assertThat(page("/home/bank", "BANK").getContentAsString()).contains("共 2 个启用用户，其中管理员 1 个");
    }

    private MockHttpServletResponse page(String path, String type) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(userByType.get(type))))).andReturn()
                .getResponse();
    }
}
