package io.kerong.enterprise.evaluation.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kerong.enterprise.evaluation.HighTechPrecheck;
import io.kerong.enterprise.evaluation.TechSmeEvaluation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The public calculator endpoints with the real rules and bundles, in a standalone MockMvc. */
class EvaluationControllerTest {

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/evaluation");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("clock", Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        EvaluationController controller = new EvaluationController(new TechSmeEvaluation(), new HighTechPrecheck(),
                messages, beans.getBeanProvider(Clock.class));
        mvc = MockMvcBuilders.standaloneSetup(controller).setLocaleResolver(locales).build();
    }

    @Test
    void evaluatesAValidTechSmeRequestInChineseByDefault() throws Exception {
        techSme("""
                {"employees": 100, "techStaff": 29, "revenue": 1000000, "totalCosts": 900000.00,
                 "totalAssets": 5000000, "rdExpense": 45678.90, "class1Ip": 0, "class2Ip": 2}""")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.basicConditionsMet").value(true))
                .andExpect(jsonPath("$.techStaffPoints").value(16))
                .andExpect(jsonPath("$.rdPoints").value(30))
                .andExpect(jsonPath("$.rdBasis").value("REVENUE"))
                .andExpect(jsonPath("$.ipPoints").value(12))
                .andExpect(jsonPath("$.totalPoints").value(58))
                .andExpect(jsonPath("$.directlyQualified").value(false))
                .andExpect(jsonPath("$.qualified").value(false))
                .andExpect(jsonPath("$.reasons").value(contains("综合评价得分 58 分，低于 60 分，不符合评价条件")))
                .andExpect(jsonPath("$.advice").value(contains(
                        "再增加 2 名科技人员可升至 20 分（新增人员同时计入职工总数）",
                        "研发费用再增加 4,321.10 元可升至 40 分（按研发费用占销售收入的比例）",
                        "再取得 1 项Ⅱ类知识产权可升至 18 分",
                        "取得 1 项Ⅰ类知识产权（如发明专利）可得 30 分")));
    }

    @Test
    void rendersTextsInTheRequestLocale() throws Exception {
        mvc.perform(post("/api/v1/evaluations/tech-sme").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("""
                                {"employees": 10, "techStaff": 3, "revenue": 100, "totalCosts": 100, "totalAssets": 100,
                                 "rdExpense": 6, "class1Ip": 1, "class2Ip": 0, "highTechCertificate": true}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualified").value(true))
                .andExpect(jsonPath("$.directlyQualified").value(true))
                .andExpect(jsonPath("$.reasons").value(
                        contains("Holds a valid high-tech enterprise certificate: qualifies directly")))
                .andExpect(jsonPath("$.advice", hasSize(0)));
    }

    @Test
    void namesEveryBadFieldInOneProblem() throws Exception {
        techSme("""
                {"employees": 10, "techStaff": 20, "revenue": -1, "totalCosts": "abc",
                 "rdExpense": 100.001, "class1Ip": 1.5, "class2Ip": 0, "ledStandard": "yes"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("请求参数有误"))
                .andExpect(jsonPath("$.instance").value("/api/v1/evaluations/tech-sme"))
                .andExpect(jsonPath("$.errors", hasSize(7)))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("techStaff", "revenue",
                        "totalCosts", "totalAssets", "rdExpense", "class1Ip", "ledStandard")))
                .andExpect(jsonPath("$.errors[?(@.field == 'totalAssets')].message").value(contains("必填")))
                .andExpect(jsonPath("$.errors[?(@.field == 'revenue')].message").value(contains("不能为负数")))
                .andExpect(jsonPath("$.errors[?(@.field == 'totalCosts')].message").value(contains("必须是数字")))
                .andExpect(jsonPath("$.errors[?(@.field == 'techStaff')].message")
                        .value(contains("科技人员数（20）不能超过职工总数（10）")));
    }

    @Test
    void problemMessagesFollowTheRequestLocale() throws Exception {
        mvc.perform(post("/api/v1/evaluations/tech-sme").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors", hasSize(8)))
                .andExpect(jsonPath("$.errors[0].field").value("employees"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void malformedJsonIsAProblemToo() throws Exception {
        techSme("{\"employees\": 10,")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("请求体不是有效的 JSON"));
        techSme("[1, 2]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("必须是 JSON 对象"));
    }

    @Test
    void prechecksAHighTechEnterpriseWithTheWorkedGrowthExample() throws Exception {
        highTech("""
                {"registrationDate": "2020-05-18", "employees": 100, "techStaff": 20, "years": [
                  {"fiscalYear": 2022, "revenue": 30000000, "rdExpense": 1800000, "netAssets": 1000, "highTechProductRevenue": 24000000},
                  {"fiscalYear": 2023, "revenue": 30000000, "rdExpense": 1800000, "netAssets": 1300, "highTechProductRevenue": 24000000},
                  {"fiscalYear": 2024, "revenue": 30000000, "rdExpense": 1800000, "rdExpenseInChina": 1000000,
                   "netAssets": 1690, "highTechProductRevenue": 24000000}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allChecksPassed").value(true))
                .andExpect(jsonPath("$.checks", hasSize(5)))
                .andExpect(jsonPath("$.checks[0].rule").value("registeredAtLeastOneYear"))
                .andExpect(jsonPath("$.checks[0].reason").value("企业注册成立已 1,869 天，满 365 天（一年以上）"))
                .andExpect(jsonPath("$.checks[3].reason").value("在中国境内发生的研发费用占研发费用总额的 85.19%，不低于 60%"))
                .andExpect(jsonPath("$.netAssetGrowth.rate").value(0.3))
                .andExpect(jsonPath("$.netAssetGrowth.band").value("B"))
                .andExpect(jsonPath("$.netAssetGrowth.minPoints").value(7))
                .andExpect(jsonPath("$.netAssetGrowth.maxPoints").value(8))
                .andExpect(jsonPath("$.netAssetGrowth.reason").value("增长率 30%，属于 B 档，可得 7–8 分"))
                .andExpect(jsonPath("$.revenueGrowth.band").value("F"));
    }

    @Test
    void highTechProblemNamesFieldsInsideYears() throws Exception {
        highTech("""
                {"registrationDate": "2020-13-01", "employees": 5, "techStaff": 6, "years": [
                  {"fiscalYear": 2023, "revenue": "abc", "rdExpense": 10, "netAssets": -5, "highTechProductRevenue": 1},
                  {"fiscalYear": 2024, "revenue": 100, "rdExpense": 10, "rdExpenseInChina": 11, "highTechProductRevenue": 1}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("registrationDate", "techStaff",
                        "years[0].revenue", "years[1].rdExpenseInChina", "years[1].netAssets")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("必须是 yyyy-MM-dd 格式的日期")));
    }

    private ResultActions techSme(String json) throws Exception {
        return mvc.perform(post("/api/v1/evaluations/tech-sme").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions highTech(String json) throws Exception {
        return mvc.perform(post("/api/v1/evaluations/high-tech-precheck").contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
