package io.kerong.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kerong.identity.OrganizationType;
import io.kerong.rating.PushFixture.Company;
import io.kerong.rating.PushFixture.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** The four pages and the API walked through by their users: apply, endorse, see the push list, mark an intent. */
@SpringBootTest
@AutoConfigureMockMvc
class FinancingPushWebIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired RatingModels models;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    private PushFixture fixture;
    private Member community;
    private Member bank;
    private Member operator;
    private Company company;

    @BeforeEach
    void members() {
        fixture = new PushFixture(jdbc, events, tx, models);
        community = fixture.member(OrganizationType.INDUSTRY_COMMUNITY, "页面测试共同体");
        bank = fixture.member(OrganizationType.BANK, "页面测试银行");
        operator = fixture.member(OrganizationType.OPERATOR, "页面测试科技局");
        company = fixture.company("370112", "I");
        fixture.rate(company.id(), Grade.B, "71.00");
    }

    @Test
    void fromApplicationToCreditIntentThroughThePages() throws Exception {
        String form = page(company.member(), "/enterprise/financing-push");
        assertThat(form).contains("平台上的银行可查看本企业的增信评价报告").contains(community.actor().organizationName());

        MockHttpServletResponse refused = send(company.member(), post("/enterprise/financing-push")
                .param("communityId", String.valueOf(community.organizationId())).param("project", "智能网关研发")
                .param("amount", "三百万").param("purpose", "研发"));
        assertThat(refused.getContentAsString()).contains("“三百万”不是有效金额").contains("须同意推送后");

        MockHttpServletResponse applied = send(company.member(), post("/enterprise/financing-push")
                .param("communityId", String.valueOf(community.organizationId())).param("project", "智能网关研发")
                .param("amount", "3,000,000").param("purpose", "研发投入").param("consent", "true"));
        assertThat(applied.getRedirectedUrl()).isEqualTo("/enterprise/financing-push");
        assertThat(page(company.member(), "/enterprise/financing-push")).contains("待认定").contains("等待产业共同体认定");

        String review = page(community, "/community/endorsements");
        assertThat(review).contains(company.name()).contains("智能网关研发");
        long applicationId = jdbc.sql("select id from rating_push_application where enterprise_id = ?")
                .param(company.id()).query(Long.class).single();
        assertThat(send(community, post("/community/endorsements/" + applicationId + "/review")
                .param("decision", "REJECTED").param("reason", "")).getContentAsString())
                .contains("不予认定时须填写理由");
        assertThat(send(community, post("/community/endorsements/" + applicationId + "/review")
                .param("decision", "ENDORSED").param("reason", "属于新一代信息技术产业链关键环节"))
                .getRedirectedUrl()).isEqualTo("/community/endorsements");

        String list = page(bank, "/bank/push-list");
        assertThat(list).contains("/rating/report/" + company.id()).contains("300–500 万元").contains("济南市");
        assertThat(send(bank, post("/bank/push-list/" + company.id() + "/intent").param("amount", "0"))
                .getContentAsString()).contains("金额须大于 0");
        assertThat(send(bank, post("/bank/push-list/" + company.id() + "/intent").param("amount", "2000000")
                .param("note", "纯信用")).getRedirectedUrl()).startsWith("/bank/push-list");
        assertThat(page(bank, "/bank/push-list")).contains("修改意向").contains("¥2,000,000.00");
        assertThat(send(bank, post("/bank/push-list/" + company.id() + "/intent").param("amount", "2500000")
                .param("note", "已审批")).getRedirectedUrl()).startsWith("/bank/push-list");

        assertThat(page(company.member(), "/enterprise/financing-push")).contains(bank.actor().organizationName())
                .contains("¥2,500,000.00").contains("已于");
        String funnel = page(operator, "/operator/rating/funnel");
        assertThat(funnel).contains("chart-funnel").contains(bank.actor().organizationName());
        assertThat(page(operator, "/bank/push-list")).contains(company.name())
                .doesNotContain("标记意向");
    }

    @Test
    void theApiNamesTheFieldOfABadAmount() throws Exception {
        MockHttpServletResponse response = send(company.member(), post("/api/v1/rating/push-applications")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("""
                        {"communityId": %d, "project": "研发", "amount": "abc", "purpose": "研发", "consent": true}"""
                        .formatted(community.organizationId())));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"field\":\"amount\"").contains("不是有效金额");
    }

    @Test
    void theApiTakesAnApplicationWithANumericAmount() throws Exception {
        MockHttpServletResponse response = send(company.member(), post("/api/v1/rating/push-applications")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("""
                        {"communityId": %d, "project": "研发", "amount": 1500000.5, "purpose": "研发", "consent": true}"""
                        .formatted(community.organizationId())));
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).contains("\"amount\":1500000.50").contains("\"status\":\"SUBMITTED\"");
    }

    private String page(Member member, String path) throws Exception {
        MockHttpServletResponse response = send(member, get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse send(Member member, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(member.username()))))
                .andReturn().getResponse();
    }
}
