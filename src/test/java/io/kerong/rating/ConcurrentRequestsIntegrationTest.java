package io.kerong.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kerong.identity.OrganizationType;
import io.kerong.rating.PushFixture.Company;
import io.kerong.rating.PushFixture.Member;
import io.kerong.shared.ConflictException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.InstanceOfAssertFactories;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Twenty identical requests at the same moment, as a double-clicking user or a retrying client sends them: one push
 * application and nineteen conflicts (never a server error), one stored rating for twenty "rate now".
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentRequestsIntegrationTest {

    private static final int AT_ONCE = 20;

    @Autowired FinancingApplications applications;
    @Autowired EnterpriseRatings ratings;
    @Autowired DepartmentData departmentData;
    @Autowired RatingModels models;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    private PushFixture fixture;
    private Member community;
    private Company company;

    @BeforeEach
    void anEnterpriseAndACommunity() {
        fixture = new PushFixture(jdbc, events, tx, models);
        community = fixture.member(OrganizationType.INDUSTRY_COMMUNITY, "并发测试共同体");
        company = fixture.company("370112", "I");
    }

    @Test
    void twentyIdenticalPushApplicationsAtOnceGiveOneApplicationAndNineteenConflicts() throws Exception {
        List<Object> outcomes = atOnce(() -> applications.apply(company.actor(), form()));

        assertThat(outcomes).filteredOn(PushApplication.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(AT_ONCE - 1)
                .allSatisfy(e -> assertThat(((ConflictException) e).violations().getFirst().messageKey())
                        .isEqualTo("ratingpush.application.open"));
        assertThat(jdbc.sql("select count(*) from rating_push_application where enterprise_id = ?")
                .param(company.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twentyIdenticalApplicationsOverTheApiAtOnceAnswerOne201AndNineteen409sInTheUsersLanguage() throws Exception {
        String body = """
                {"communityId": %d, "project": "并发项目", "amount": "3000000", "purpose": "研发", "consent": true}"""
                .formatted(community.organizationId());
        List<Object> outcomes = atOnce(() -> send(post("/api/v1/rating/push-applications")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body)));

        List<Integer> statuses = outcomes.stream().map(o -> ((MockHttpServletResponse) o).getStatus()).toList();
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        MockHttpServletResponse conflict = outcomes.stream().map(MockHttpServletResponse.class::cast)
                .filter(r -> r.getStatus() == 409).findFirst().orElseThrow();
        assertThat(conflict.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"type\":\"https://kerong.io/problems/conflict\"").contains("\"field\":\"communityId\"")
                .contains("已有进行中的申请");
    }

    @Test
    void theApplicationPageShowsTheOpenApplicationAndSaysWhyTheSecondWasRefused() throws Exception {
        applications.apply(company.actor(), form());
        MvcResult page = mvc.perform(post("/enterprise/financing-push")
                .param("communityId", String.valueOf(community.organizationId())).param("project", "并发项目")
                .param("amount", "3000000").param("purpose", "研发").param("consent", "true")
                .with(csrf()).with(user(users.loadUserByUsername(company.member().username())))
                .locale(Locale.SIMPLIFIED_CHINESE)).andReturn();
        assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/enterprise/financing-push");
        assertThat(page.getFlashMap().get("problems")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .singleElement().asString().startsWith("已有进行中的申请");
    }

    @Test
    void twentyRateNowRequestsAtOnceStoreOneRating() throws Exception {
        List<Object> outcomes = atOnce(() -> ratings.rate(company.actor(), company.id()));

        assertThat(outcomes).allMatch(StoredRating.class::isInstance);
        assertThat(outcomes).extracting(o -> ((StoredRating) o).id()).containsOnly(
                ((StoredRating) outcomes.getFirst()).id());
        assertThat(ratings.history(company.id())).hasSize(1);
    }

    @Test
    void rateNowStoresANewRatingWhenTheDataChangedAndAnswersTheSameOneWhenNothingDid() {
        StoredRating first = ratings.rate(company.actor(), company.id());
        departmentData.receive(io.kerong.enterprise.EnterpriseFixture.operator(), "concurrent-" + company.uscc(),
                Department.TAXATION, List.of(new DeliveredValue(company.uscc(), "TAX_CREDIT_GRADE", "2025", "A")));
        StoredRating changed = ratings.rate(company.actor(), company.id());
        StoredRating again = ratings.rate(company.actor(), company.id());

        assertThat(changed.id()).isNotEqualTo(first.id());
        assertThat(again.id()).isEqualTo(changed.id());
        assertThat(ratings.history(company.id())).extracting(StoredRating::id).containsExactly(changed.id(), first.id());
    }

    private PushApplicationForm form() {
        return new PushApplicationForm(null, community.organizationId(), "并发项目", new BigDecimal("3000000"), "研发",
                true);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(company.member().username())))
                .locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse();
    }

    /** Runs the call in twenty threads released together; each outcome is the result or the exception thrown. */
    private static List<Object> atOnce(Callable<Object> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
