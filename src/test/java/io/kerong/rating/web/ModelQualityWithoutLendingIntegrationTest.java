package io.kerong.rating.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The platform as it ships, without a lending module: the quality page says there are no loan outcomes yet. */
@SpringBootTest
@AutoConfigureMockMvc
class ModelQualityWithoutLendingIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    private MockHttpServletRequestBuilder asOperator(MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername("admin"))).locale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void thePageSaysThereAreNoOutcomesYetAndWhy() throws Exception {
        String html = mvc.perform(asOperator(get("/operator/rating/quality")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("尚无贷款结果数据", "平台还没有贷款模块报送贷款结果")
                .doesNotContain("id=\"figure-auc\"");
    }

    @Test
    void theApiSaysSoToo() throws Exception {
        mvc.perform(asOperator(get("/api/v1/rating/quality")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcomesAvailable").value(false))
                .andExpect(jsonPath("$.loans").value(0))
                .andExpect(jsonPath("$.from").isString())
                .andExpect(jsonPath("$.grades").isEmpty());
    }

    @Test
    void badDatesAreNamedBesideTheirFieldsAndInTheProblem() throws Exception {
        String html = mvc.perform(asOperator(get("/operator/rating/quality").param("from", "2026-13-01")
                        .param("to", "2025-01-01")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("日期“2026-13-01”无效").doesNotContain("尚无贷款结果数据");

        mvc.perform(asOperator(get("/api/v1/rating/quality").param("from", "2026-01-01").param("to", "2025-01-01"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("开始日期 2026-01-01 晚于结束日期 2025-01-01"));
    }
}
