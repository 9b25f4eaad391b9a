package io.kerong.enterprise.web;

import static io.kerong.enterprise.EnterpriseFixture.chengduSoftwareCompany;
import static io.kerong.enterprise.EnterpriseFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.OrganizationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class EnterpriseWebIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired EnterpriseRegistry registry;
    @Autowired UserDetailsService users;

    @Test
    void profilePageShowsTheFullDivisionNameAccessBasisAndIpSubtotals() throws Exception {
        String username = unique("page-");
        chengduSoftwareCompany().registeredBy(registry, jdbc, username);

        String html = body(mvc.perform(get("/enterprise/profile").with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse(), 200);

        assertThat(html).contains("四川省成都市武侯区", "本企业自有档案", "成都云岭软件有限公司", "科技型中小企业");
        assertThat(html).containsPattern("id=\"ip-class-one\">2<").containsPattern("id=\"ip-class-two\">11<");
    }

    @Test
    void badFiguresOnThePageAreShownNextToEachFieldAndNothingIsSaved() throws Exception {
        String username = unique("page-");
        var mine = chengduSoftwareCompany().registeredBy(registry, jdbc, username);

        String html = body(mvc.perform(post("/enterprise/profile/figures").with(csrf())
                .with(user(users.loadUserByUsername(username)))
                .param("fiscalYear", "2023").param("revenue", "abc").param("taxPaid", "-3")
                .param("rdExpense", "900").param("totalCosts", "100")).andReturn().getResponse(), 200);

        assertThat(html).contains("“abc”不是有效的金额", "金额不能为负数", "研发费用不能超过成本费用总额");
        assertThat(registry.mine(mine.actor()).figures()).extracting(f -> f.fiscalYear()).containsExactly(2024);
    }

    @Test
    void evaluationPageIsPrefilledAndStoresEachSubmittedResult() throws Exception {
        String username = unique("eval-");
        var mine = chengduSoftwareCompany().registeredBy(registry, jdbc, username);
        var login = user(users.loadUserByUsername(username));

        String form = body(mvc.perform(get("/enterprise/evaluation").with(login)).andReturn().getResponse(), 200);
        assertThat(form).contains("value=\"30000000.00\"", "value=\"120\"", "value=\"40\"");

        String result = body(mvc.perform(post("/enterprise/evaluation").with(csrf()).with(login)
                .param("fiscalYear", "2024").param("employees", "120").param("techStaff", "40")
                .param("revenue", "30000000").param("totalCosts", "25000000").param("totalAssets", "40000000")
                .param("rdExpense", "2400000").param("class1Ip", "2").param("class2Ip", "11"))
                .andReturn().getResponse(), 200);

        // tech staff 33% → 20; R&D 8% of revenue → 50; a Ⅰ类 right → 30
        assertThat(result).contains("id=\"points-total\" class=\"fw-bold\">100 / 100<", "符合科技型中小企业条件");
        var stored = jdbc.sql("select total_points, qualified, fiscal_year, inputs->>'employees' from enterprise_evaluation where enterprise_id = ?")
                .param(mine.enterpriseId()).query((rs, i) -> rs.getInt(1) + "/" + rs.getBoolean(2) + "/" + rs.getInt(3) + "/" + rs.getString(4))
                .list();
        assertThat(stored).containsExactly("100/true/2024/120");
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'enterprise' and subject_id = ? and action = 'enterprise.evaluated'")
                .param(String.valueOf(mine.enterpriseId())).query(Long.class).single()).isEqualTo(1);
        assertThat(body(mvc.perform(get("/enterprise/profile").with(login)).andReturn().getResponse(), 200))
                .contains("id=\"latest-evaluation\"", "总分 100 分");
    }

    @Test
    void evaluationInputsThatAreMissingOrWrongAreNamedAndNothingIsStored() throws Exception {
        String username = unique("eval-");
        var mine = chengduSoftwareCompany().registeredBy(registry, jdbc, username);

        String html = body(mvc.perform(post("/enterprise/evaluation").with(csrf())
                .with(user(users.loadUserByUsername(username)))
                .param("fiscalYear", "2024").param("employees", "10").param("techStaff", "12")
                .param("revenue", "").param("totalCosts", "1").param("totalAssets", "1").param("rdExpense", "x")
                .param("class1Ip", "0").param("class2Ip", "0")).andReturn().getResponse(), 200);

        assertThat(html).contains("请填写此项", "“x”不是有效的金额", "科技人员数（12）不能超过职工总数（10）");
        assertThat(jdbc.sql("select count(*) from enterprise_evaluation where enterprise_id = ?")
                .param(mine.enterpriseId()).query(Long.class).single()).isZero();
    }

    @Test
    void apiNamesEveryBadFigureAndHidesOtherEnterprisesAndRefusesBanks() throws Exception {
        String username = unique("api-");
        var mine = chengduSoftwareCompany().registeredBy(registry, jdbc, username);
        String other = unique("api-");
        chengduSoftwareCompany().named("另一家公司").registeredBy(registry, jdbc, other);
        String banker = unique("bank-");
        EnterpriseFixture.user(jdbc, EnterpriseFixture.organization(jdbc, OrganizationType.BANK, "测试银行", null), banker);
        String path = "/api/v1/enterprises/" + mine.enterpriseId();

        MockHttpServletResponse bad = mvc.perform(put(path + "/figures/2023").with(csrf()).with(user(users.loadUserByUsername(username)))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"revenue\": -5, \"totalLiabilities\": -1, \"netProfit\": -100}")).andReturn().getResponse();
        assertThat(body(bad, 400)).contains("\"field\":\"revenue\"", "\"field\":\"totalLiabilities\"")
                .doesNotContain("\"field\":\"netProfit\"");

        assertThat(body(mvc.perform(get("/api/v1/enterprises/me").with(user(users.loadUserByUsername(username)))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse(), 200))
                .contains("\"accessBasis\":\"OWN\"", "\"divisionName\":\"四川省成都市武侯区\"", "\"classOne\":2");
        assertThat(mvc.perform(get(path).with(user(users.loadUserByUsername(other))).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(body(mvc.perform(get(path).with(user(users.loadUserByUsername(banker))).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse(), 403)).contains("尚未向贵机构提出申请");
    }

    @Test
    void highTechPrecheckRunsOnTheProfileAndSaysWhyGrowthScoresNothingWithOneYear() throws Exception {
        String username = unique("hightech-");
        chengduSoftwareCompany().registeredBy(registry, jdbc, username);

        String html = body(mvc.perform(get("/enterprise/high-tech-precheck").with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse(), 200);

        assertThat(html).contains("定量条件全部满足", "依据 2024–2024 年度数据", "id=\"check-techStaffShare\"");
        assertThat(html).doesNotContain("precheck-missing");
    }

    @Test
    void highTechPrecheckNamesWhatTheProfileLacks() throws Exception {
        String username = unique("hightech-");
        EnterpriseFixture.bareManufacturer("370102").registeredBy(registry, jdbc, username);

        String html = body(mvc.perform(get("/enterprise/high-tech-precheck").with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse(), 200);

        assertThat(html).contains("precheck-missing", "未填写成立日期", "未填写职工总数或科技人员数", "没有一个完整的会计年度数据");
    }

    private static String body(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
