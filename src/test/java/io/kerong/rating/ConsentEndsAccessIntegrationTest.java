package io.kerong.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kerong.identity.OrganizationType;
import io.kerong.rating.PushFixture.Company;
import io.kerong.rating.PushFixture.Member;
import io.kerong.rating.internal.report.RatingReport;
import io.kerong.shared.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consent ends access: a push lets banks see an enterprise's ratings only while it is on the push list and its
 * application stands. After a withdrawal every bank is told 404 at once on every surface (rating API, history, report
 * page, both PDFs, the push list), except a bank that marked a credit intent: it keeps the report version it saw, and
 * only that, with the ground stated.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentEndsAccessIntegrationTest {

    private static final String KEPT = "仅可查看当时的报告版本";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired RatingModels models;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired FinancingApplications applications;
    @Autowired CreditIntents intents;
    @Autowired Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();
    private PushFixture fixture;
    private Member bankWithIntent;
    private Member otherBank;
    private Company company;
    private PushApplication application;
    private long seen;
    private long later;

    /** Pushed with B; one bank marks an intent on that B; then a later A rating, still on the list. */
    @BeforeEach
    void aPushedEnterpriseWithOneBanksIntent() {
        fixture = new PushFixture(jdbc, events, tx, models);
        Member community = fixture.member(OrganizationType.INDUSTRY_COMMUNITY, "撤回测试共同体");
        bankWithIntent = fixture.member(OrganizationType.BANK, "撤回测试意向银行");
        otherBank = fixture.member(OrganizationType.BANK, "撤回测试其他银行");
        company = fixture.company("370112", "I");
        fixture.rate(company.id(), Grade.B, "71.00");
        seen = latestRating();
        application = applications.apply(company.actor(), new PushApplicationForm(null, community.organizationId(),
                "撤回测试项目", new BigDecimal("3000000"), "研发", true));
        applications.review(community.actor(), application.id(), EndorsementDecision.ENDORSED, null);
        intents.mark(bankWithIntent.actor(), company.id(), new BigDecimal("2000000"), "按推送时报告审批");
        fixture.rate(company.id(), Grade.A, "86.00");
        later = latestRating();
    }

    @Test
    void whileTheEnterpriseIsPushedEveryBankSeesItsLatestRatingOnThePushGround() throws Exception {
        for (Member bank : List.of(bankWithIntent, otherBank)) {
            JsonNode latest = api(bank, "");
            assertThat(latest.get("ratingId").asLong()).isEqualTo(later);
            assertThat(latest.get("basis").asString()).isEqualTo("PUSHED");
            assertThat(latest.get("basisText").asString()).isEqualTo("该企业已申请增信融资推送并推送至贵机构");
            assertThat(api(bank, "/history").size()).isEqualTo(2);
            assertThat(status(bank, "/rating/report/" + company.id())).isEqualTo(200);
        }
    }

    @Test
    void afterTheWithdrawalABankWithoutAnIntentIsToldThereIsNothingOnEverySurfaceAtOnce() throws Exception {
        assertThat(status(otherBank, "/rating/report/" + company.id())).isEqualTo(200);

        applications.withdraw(company.actor(), application.id());

        for (String path : List.of("/api/v1/rating/enterprises/" + company.id(),
                "/api/v1/rating/enterprises/" + company.id() + "/history", "/rating/report/" + company.id(),
                "/rating/report/" + company.id() + ".pdf", "/api/v1/rating/enterprises/" + company.id() + "/report.pdf")) {
            assertThat(status(otherBank, path)).as(path).isEqualTo(404);
        }
        assertThat(send(otherBank, "/api/v1/rating/push-list").getContentAsString())
                .doesNotContain("\"enterpriseId\":" + company.id() + ",");
        assertThat(send(otherBank, "/bank/push-list").getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(company.name());
    }

    @Test
    void afterTheWithdrawalTheBankThatMarkedAnIntentSeesOnlyTheVersionItSawAndIsToldWhy() throws Exception {
        applications.withdraw(company.actor(), application.id());
        fixture.rate(company.id(), Grade.A, "90.00");
        LocalDate today = LocalDate.now(clock);
        String ground = "贵机构曾于 " + today.getYear() + " 年 " + today.getMonthValue() + " 月 " + today.getDayOfMonth()
                + " 日 对该企业标注授信意向，" + KEPT;

        JsonNode latest = api(bankWithIntent, "");
        assertThat(latest.get("ratingId").asLong()).isEqualTo(seen);
        assertThat(latest.get("grade").asString()).isEqualTo("B");
        assertThat(latest.get("basis").asString()).isEqualTo("INTENT");
        assertThat(latest.get("basisText").asString()).startsWith(ground);
        MockHttpServletResponse english = mvc.perform(get("/api/v1/rating/enterprises/" + company.id())
                .param("lang", "en").with(login(bankWithIntent)).accept(MediaType.APPLICATION_JSON)).andReturn()
                .getResponse();
        assertThat(json.readTree(english.getContentAsString(StandardCharsets.UTF_8)).get("basisText").asString())
                .startsWith("Your bank marked a credit intent on this enterprise on " + today.getDayOfMonth() + " "
                        + today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                        + today.getYear() + ":");
        JsonNode history = api(bankWithIntent, "/history");
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("ratingId").asLong()).isEqualTo(seen);

        MvcResult page = mvc.perform(get("/rating/report/" + company.id()).with(login(bankWithIntent))
                .locale(Locale.SIMPLIFIED_CHINESE)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        RatingReport report = (RatingReport) page.getModelAndView().getModel().get("report");
        assertThat(report.rating().grade()).isEqualTo(Grade.B);
        assertThat(report.history()).hasSize(1);
        assertThat(report.ground()).startsWith(ground);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(KEPT);

        for (String pdf : List.of("/rating/report/" + company.id() + ".pdf",
                "/api/v1/rating/enterprises/" + company.id() + "/report.pdf")) {
            MockHttpServletResponse response = send(bankWithIntent, pdf);
            assertThat(response.getStatus()).as(pdf).isEqualTo(200);
            String text = pdfText(response.getContentAsByteArray());
            assertThat(text).as(pdf).contains(compact(KEPT), compact("B 级")).doesNotContain(compact("A 级"));
        }
    }

    @Test
    void changingTheIntentWhileStillPushedMakesTheReportOfThatDayTheVersionTheBankKeeps() throws Exception {
        CreditIntent standing = intents.list(bankWithIntent.actor()).stream()
                .filter(i -> i.enterpriseId() == company.id()).findFirst().orElseThrow();
        intents.update(bankWithIntent.actor(), standing.id(), new BigDecimal("2500000"), "按新报告调整");
        applications.withdraw(company.actor(), application.id());

        assertThat(api(bankWithIntent, "").get("ratingId").asLong()).isEqualTo(later);
        assertThat(api(bankWithIntent, "/history").size()).isEqualTo(2);
    }

    @Test
    void aBankThatWithdrewItsOwnIntentStillKeepsTheVersionItSawForItsRecords() throws Exception {
        CreditIntent standing = intents.list(bankWithIntent.actor()).stream()
                .filter(i -> i.enterpriseId() == company.id()).findFirst().orElseThrow();
        intents.withdraw(bankWithIntent.actor(), standing.id());
        applications.withdraw(company.actor(), application.id());

        assertThat(api(bankWithIntent, "").get("ratingId").asLong()).isEqualTo(seen);
        assertThat(status(otherBank, "/api/v1/rating/enterprises/" + company.id())).isEqualTo(404);
    }

    /**
     * The push list follows a withdrawal in the same transaction; should a refresh ever lag, the stay still on the list
     * must not let a bank mark or change an intent (and so keep the latest report as "seen"): one rule for both.
     */
    @Test
    void aBankCannotMarkOrChangeAnIntentOnceTheConsentIsWithdrawnEvenWhileTheStayIsStillOnTheList() {
        jdbc.sql("update rating_push_application set withdrawn_at = now(), withdrawn_by = ? where id = ?")
                .params(company.member().username(), application.id()).update();
        assertThat(jdbc.sql("select count(*) from rating_push where enterprise_id = ? and removed_at is null")
                .param(company.id()).query(Integer.class).single()).as("the stay lags behind").isEqualTo(1);
        CreditIntent standing = intents.list(bankWithIntent.actor()).stream()
                .filter(i -> i.enterpriseId() == company.id()).findFirst().orElseThrow();

        assertThatThrownBy(() -> intents.mark(otherBank.actor(), company.id(), new BigDecimal("1000000"), "迟到的意向"))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
        assertThatThrownBy(() -> intents.update(bankWithIntent.actor(), standing.id(), new BigDecimal("2500000"),
                "按最新报告")).isInstanceOf(InvalidInputException.class);
        assertThat(intents.list(otherBank.actor())).noneMatch(i -> i.enterpriseId() == company.id());
        assertThat(jdbc.sql("select seen_rating_id from rating_credit_intent where id = ?").param(standing.id())
                .query(Long.class).single()).as("the version kept stays the one seen").isEqualTo(seen);
    }

    private long latestRating() {
        return jdbc.sql("select rating_id from rating_latest where enterprise_id = ?").param(company.id())
                .query(Long.class).single();
    }

    private JsonNode api(Member bank, String suffix) throws Exception {
        MockHttpServletResponse response = send(bank, "/api/v1/rating/enterprises/" + company.id() + suffix);
        assertThat(response.getStatus()).as(suffix).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private int status(Member member, String path) throws Exception {
        return send(member, path).getStatus();
    }

    private MockHttpServletResponse send(Member member, String path) throws Exception {
        return mvc.perform(get(path).with(login(member)).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE)
                .accept(path.startsWith("/api/") && !path.endsWith(".pdf") ? MediaType.APPLICATION_JSON
                        : MediaType.ALL)).andReturn().getResponse();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor login(Member member) {
        return user(users.loadUserByUsername(member.username()));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return compact(new PDFTextStripper().getText(document));
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
