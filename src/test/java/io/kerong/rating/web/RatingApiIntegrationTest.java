package io.kerong.rating.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kerong.rating.RatingModels;
import io.kerong.rating.internal.ModelJson;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class RatingApiIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired RatingModels models;

    private MockHttpServletRequestBuilder score(String body) {
        return post("/api/v1/rating/score").with(user(users.loadUserByUsername("admin"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).locale(Locale.SIMPLIFIED_CHINESE).content(body);
    }

    @Test
    void postedValuesAreScoredAndExplainedInChinese() throws Exception {
        mvc.perform(score("""
                        {"indicators": {"TAX_CREDIT_GRADE": "C", "RD_RATIO": 3.5, "HIGH_TECH_CERTIFIED": true,
                         "COURT_DISHONEST": false, "EMPLOYEES": 40, "REVENUE_GROWTH": null}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modelVersion").isNumber())
                .andExpect(jsonPath("$.totalScore").isNumber())
                .andExpect(jsonPath("$.grade").value("D"))
                .andExpect(jsonPath("$.dimensions.length()").value(4))
                .andExpect(jsonPath("$.dimensions[0].code").value("RISK"))
                .andExpect(jsonPath("$.creditLine.min").doesNotExist())
                .andExpect(jsonPath("$.knockOuts").isEmpty())
                .andExpect(jsonPath("$.reasons[?(@.indicator == 'TAX_CREDIT_GRADE')].message")
                        .value("纳税信用等级为 C 级，得 1 分（满分 4 分）"))
                .andExpect(jsonPath("$.completeness").value(0.051))
                .andExpect(jsonPath("$.liftOneGrade").isArray());
    }

    @Test
    void aKnockOutIsNamedAndItsClearingIsTheFirstLift() throws Exception {
        mvc.perform(score("{\"indicators\": {\"COURT_DISHONEST\": true}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value("D"))
                .andExpect(jsonPath("$.knockOuts[0].code").value("KO_COURT_DISHONEST"))
                .andExpect(jsonPath("$.knockOuts[0].message").value("被列为失信被执行人，一票否决"))
                .andExpect(jsonPath("$.liftOneGrade[0].indicator").value("COURT_DISHONEST"))
                .andExpect(jsonPath("$.liftOneGrade[0].targetValue").value(false))
                .andExpect(jsonPath("$.liftOneGrade[0].clearsKnockOut").value("KO_COURT_DISHONEST"));
    }

    @Test
    void unknownCodesAndWrongTypesAreEachNamedIn400() throws Exception {
        mvc.perform(score("""
                        {"indicators": {"NOPE": 1, "RD_RATIO": "high", "TAX_CREDIT_GRADE": "E",
                         "HIGH_TECH_CERTIFIED": 1, "EMPLOYEES": 2.5}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[?(@.field == 'indicators.NOPE')].message").value("当前模型中没有指标 NOPE"))
                .andExpect(jsonPath("$.errors[?(@.field == 'indicators.RD_RATIO')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'indicators.TAX_CREDIT_GRADE')].message")
                        .value("指标 TAX_CREDIT_GRADE 须为以下类别之一：A, B, M, C, D"))
                .andExpect(jsonPath("$.errors[?(@.field == 'indicators.HIGH_TECH_CERTIFIED')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'indicators.EMPLOYEES')]").exists());
    }

    @Test
    void aBodyWithoutIndicatorsIs400() throws Exception {
        mvc.perform(score("[1]")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators"));
    }

    @Test
    void theScoreNeedsALogIn() throws Exception {
        mvc.perform(post("/api/v1/rating/score").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theCurrentModelIsPublishedInFullAndReadsBackIdentically() throws Exception {
        String json = mvc.perform(get("/api/v1/rating/models/current").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].scoring.kind").exists())
                .andReturn().getResponse().getContentAsString();
        assertThat(new ModelJson().read(json)).isEqualTo(models.current());
    }

    @Test
    void theOperatorListsVersionsAndAMissingVersionIs404() throws Exception {
        mvc.perform(get("/api/v1/rating/models").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.version == 1)].indicators").value(98));
        mvc.perform(get("/api/v1/rating/models/9999").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound());
    }
}
