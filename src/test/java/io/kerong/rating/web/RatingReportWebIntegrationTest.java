package io.kerong.rating.web;

import static io.kerong.enterprise.EnterpriseFixture.chengduSoftwareCompany;
import static io.kerong.enterprise.EnterpriseFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.DeliveredValue;
import io.kerong.rating.Department;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.IndicatorReason;
import io.kerong.rating.ReportGround;
import io.kerong.rating.ReportGrounds;
import io.kerong.rating.StoredRating;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The rating report of a stored rating, as a page and as a PDF, for each kind of reader: the enterprise itself, the
 * operator, a bank that has a ground (given here by a test {@link ReportGrounds}) and a bank that has none.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(RatingReportWebIntegrationTest.Grounds.class)
class RatingReportWebIntegrationTest {

    static final String PUSHED = "该企业已推送至贵行";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired EnterpriseRegistry registry;
    @Autowired EnterpriseRatings ratings;
    @Autowired DepartmentData data;
    @Autowired UserDetailsService users;
    @Autowired Grounds grounds;
    @Autowired MessageSource messages;

    private EnterpriseFixture company;
    private EnterpriseFixture.Registered enterprise;
    private String enterpriseUser;
    private StoredRating rating;

    @BeforeEach
    void aRatedEnterprise() {
        enterpriseUser = unique("report-");
        company = chengduSoftwareCompany().named(unique("成都报告测试") + "科技有限公司");
        enterprise = company.registeredBy(registry, jdbc, enterpriseUser);
        data.receive(EnterpriseFixture.operator(), unique("report-batch-"), Department.TAXATION, List.of(
                new DeliveredValue(company.uscc(), "TAX_CREDIT_GRADE", "2025", "B"),
                new DeliveredValue(company.uscc(), "TAX_LATE_FILINGS_12M", "2026-01", "2")));
        rating = ratings.rate(EnterpriseFixture.operator(), enterprise.enterpriseId());
    }

    @Test
    void theEnterpriseSeesItsOwnReportWithGradeCreditLineAndReasons() throws Exception {
        String html = page(enterpriseLogin(), "/rating/report/" + enterprise.enterpriseId(), 200);
        assertThat(html).contains(company.profile().name(), company.uscc(), "等级融资报告", "本企业查看自己的评价报告",
                "id=\"report-grade\">" + rating.grade().name() + "<", topReason(), "id=\"report-data\"",
                "四川省成都市武侯区");
        assertThat(html).contains(rating.creditLine().min() == null ? "暂无授信额度" : "万元");
    }

    @Test
    void thePdfReadsBackWithTheEnterprisesNameGradeAndCreditLine() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/rating/report/" + enterprise.enterpriseId() + ".pdf")
                .with(enterpriseLogin()).locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").contains(".pdf");
        String text = pdfText(response.getContentAsByteArray());
        assertThat(text).contains(compact(company.profile().name()), compact(rating.grade().name() + " 级"),
                compact(topReason()), compact("查看依据：本企业查看自己的评价报告"));
    }

    @Test
    void theNavigationLinkLeadsAnEnterpriseToItsOwnReport() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/rating/report").with(enterpriseLogin())).andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/rating/report/" + enterprise.enterpriseId());
    }

    @Test
    void theOperatorSeesEveryReportAndSaysWhy() throws Exception {
        String html = page(user(users.loadUserByUsername("admin")), "/rating/report/" + enterprise.enterpriseId(), 200);
        assertThat(html).contains(company.profile().name(), "平台运营方（科技局）依职责查看全部企业的评价报告");
    }

    @Test
    void aBankWithoutAGroundIsToldThereIsNoSuchReport() throws Exception {
        RequestPostProcessor bank = bank(unique("bank-"));
        String id = String.valueOf(enterprise.enterpriseId());
        page(bank, "/rating/report/" + id, 404);
        assertThat(mvc.perform(get("/rating/report/" + id + ".pdf").with(bank)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/rating/enterprises/" + id + "/report.pdf").with(bank)
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aBankWithAGroundSeesTheReportAndTheGround() throws Exception {
        String username = unique("bank-");
        RequestPostProcessor bank = bank(username);
        grounds.grant(organizationOf(username), enterprise.enterpriseId());
        String html = page(bank, "/rating/report/" + enterprise.enterpriseId(), 200);
        assertThat(html).contains(company.profile().name(), PUSHED);
        MockHttpServletResponse pdf = mvc.perform(get("/api/v1/rating/enterprises/" + enterprise.enterpriseId()
                + "/report.pdf").with(bank)).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdfText(pdf.getContentAsByteArray())).contains(compact(PUSHED), compact(company.profile().name()));
    }

    @Test
    void anotherEnterpriseIsToldThereIsNoSuchReport() throws Exception {
        String other = unique("other-");
        chengduSoftwareCompany().registeredBy(registry, jdbc, other);
        page(user(users.loadUserByUsername(other)), "/rating/report/" + enterprise.enterpriseId(), 404);
    }

    @Test
    void anEnterpriseNeverRatedGetsItsFactsAndANotice() throws Exception {
        String other = unique("unrated-");
        var unrated = chengduSoftwareCompany().registeredBy(registry, jdbc, other);
        String html = page(user(users.loadUserByUsername(other)), "/rating/report/" + unrated.enterpriseId(), 200);
        assertThat(html).contains("该企业尚未评价");
    }

    /** The indicator that cost the most points, in the words of the rating bundle (a category would be renamed). */
    private String topReason() {
        IndicatorReason top = ratings.explain(rating).reasons().stream()
                .filter(reason -> !reason.messageKey().equals("rating.reason.category")).findFirst().orElseThrow();
        return messages.getMessage(top.messageKey(), top.args(), Locale.SIMPLIFIED_CHINESE);
    }

    private RequestPostProcessor enterpriseLogin() {
        return user(users.loadUserByUsername(enterpriseUser));
    }

    private RequestPostProcessor bank(String username) {
        long organization = EnterpriseFixture.organization(jdbc, OrganizationType.BANK, unique("测试银行"), null);
        EnterpriseFixture.user(jdbc, organization, username);
        return user(users.loadUserByUsername(username));
    }

    private long organizationOf(String username) {
        return jdbc.sql("select organization_id from identity_user where username = ?").param(username)
                .query(Long.class).single();
    }

    private String page(RequestPostProcessor login, String path, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(login).locale(Locale.SIMPLIFIED_CHINESE))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return compact(new PDFTextStripper().getText(document));
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Grounds granted by the test: organization id → enterprise ids it may see, shown as "pushed to your bank". */
    @TestConfiguration
    static class Grounds implements ReportGrounds {

        private final Map<Long, Set<Long>> granted = new ConcurrentHashMap<>();

        void grant(long organizationId, long enterpriseId) {
            granted.computeIfAbsent(organizationId, id -> ConcurrentHashMap.newKeySet()).add(enterpriseId);
        }

        @Override
        public Optional<ReportGround> groundFor(long organizationId, long enterpriseId) {
            return granted.getOrDefault(organizationId, Set.of()).contains(enterpriseId) ? Optional.of(ReportGround.standing("PUSHED", PUSHED))
                    : Optional.empty();
        }
    }
}
