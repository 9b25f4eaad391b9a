package io.kerong.bounded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import io.kerong.rating.RatingModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The numbers of the attack report, sent to every endpoint that takes numbers, API and pages: each is refused (400,
 * or 403/404 where access is denied first) within 100 ms, measured per request after a warm-up; a page that shows the
 * form again with the field's error does so within 100 ms or as fast as it shows "abc" refused (plus 50 ms). Before, {@code 1e1000000} kept a core busy for 290 s and a megabyte of digits 43 s.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HugeNumbersIntegrationTest {

    private static final long LIMIT_MS = 100;
    /**
     * The machine that runs the build is shared: a request is sent up to ten times and its fastest answer counts, so
     * that a moment of load elsewhere is not taken for work done here (the old cost was seconds, every time).
     */
    private static final int ATTEMPTS = 10;
    /**
     * A page answers a refused number by showing the whole form again with the field's error, as it answers a typo;
     * rendering the form is the page's cost, not the number's: a page may take as long as for "abc", plus this.
     */
    private static final long PAGE_MARGIN_MS = 50;
    private static final Set<Integer> REFUSED = Set.of(400);
    private static final Set<Integer> REFUSED_OR_DENIED = Set.of(400, 403, 404);
    /** Refused for who the caller is, before anything it sent is read. */
    private static final Set<Integer> DENIED = Set.of(403);
    private static final Set<Integer> PAGE_REFUSED = Set.of(200, 400);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired RatingModels models;

    private BoundedInputFixture f;
    private MockHttpServletResponse last;
    private long slowest;
    private String slowestCase = "";

    record Payload(String name, String number) {
    }

    /** One endpoint: how the payload goes into the request, who sends it, which answers count as a refusal. */
    record Case(String name, Function<String, MockHttpServletRequestBuilder> request, Set<Integer> refused,
                boolean page) {
    }

    @BeforeAll
    void members() {
        f = new BoundedInputFixture(mvc, jdbc, users, events, tx, models);
    }

    @AfterAll
    void report() {
        f.dropDraft();
        System.out.println("HugeNumbersIntegrationTest: slowest refusal " + slowest + " ms (" + slowestCase + ")");
    }

    static List<Payload> payloads() {
        return List.of(new Payload("1e1000000", "1e1000000"), new Payload("1e300000", "1e300000"),
                new Payload("1e10000000", "1e10000000"), new Payload("1e999999999", "1e999999999"),
                new Payload("1e99999999999 (exponent beyond int)", "1e99999999999"),
                new Payload("1e-2147483649", "1e-2147483649"),
                new Payload("300,000 nines", "9".repeat(300_000)), new Payload("1 MB number", "9".repeat(1 << 20)));
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(api("rating score", n -> f.asMember(json(post("/api/v1/rating/score"),
                "{\"indicators\":{\"MR_ADMIN_PENALTIES_3Y\":" + n + "}}")), REFUSED));
        cases.add(api("enterprise figures, own", n -> f.asMember(json(put(f.enterpriseApi("/figures/2024")),
                "{\"revenue\":" + n + "}")), REFUSED));
        cases.add(api("enterprise figures, bank without access", n -> f.asBank(json(put(f.enterpriseApi("/figures/2024")),
                "{\"revenue\":" + n + "}")), DENIED));
        cases.add(api("enterprise profile employees", n -> f.asMember(json(put(f.enterpriseApi("/profile")),
                "{\"name\":\"数字测试有限公司\",\"divisionCode\":\"370112\",\"employees\":" + n + "}")), REFUSED));
        cases.add(api("enterprise IP holdings", n -> f.asMember(json(put(f.enterpriseApi("/ip")),
                "{\"INVENTION_PATENT\":" + n + "}")), REFUSED));
        cases.add(api("tech-SME evaluation, number", n -> f.anonymous(json(post("/api/v1/evaluations/tech-sme"),
                techSme(n))), REFUSED));
        cases.add(api("tech-SME evaluation, text", n -> f.anonymous(json(post("/api/v1/evaluations/tech-sme"),
                techSme("\"" + n + "\""))), REFUSED));
        cases.add(api("high-tech pre-check", n -> f.anonymous(json(post("/api/v1/evaluations/high-tech-precheck"),
                "{\"registrationDate\":\"2020-01-01\",\"employees\":" + n + ",\"techStaff\":1}")), REFUSED));
        cases.add(api("credit intent, number", n -> f.asBank(json(post("/api/v1/rating/credit-intents"),
                "{\"enterpriseId\":" + f.enterpriseId() + ",\"amount\":" + n + "}")), REFUSED_OR_DENIED));
        cases.add(api("credit intent, text", n -> f.asBank(json(post("/api/v1/rating/credit-intents"),
                "{\"enterpriseId\":" + f.enterpriseId() + ",\"amount\":\"" + n + "\"}")), REFUSED_OR_DENIED));
        cases.add(api("push application amount", n -> f.asMember(json(post("/api/v1/rating/push-applications"),
                "{\"communityId\":" + f.communityId() + ",\"project\":\"研发\",\"amount\":" + n
                        + ",\"purpose\":\"研发\",\"consent\":true}")), REFUSED));
        cases.add(api("department data batch", n -> f.asOperator(json(post("/api/v1/rating/data/batches/" + f.key()),
                "{\"department\":\"TAXATION\",\"values\":[{\"uscc\":\"" + f.uscc()
                        + "\",\"indicator\":\"TAX_PAID\",\"period\":\"2024\",\"value\":" + n + "}]}")), REFUSED));
        cases.add(api("model draft", n -> f.asOperator(json(put("/api/v1/rating/models/drafts/" + f.draftId()),
                "{\"name\":\"草稿\",\"dimensionMax\":{\"RISK\":" + n + "}}")), REFUSED));
        cases.add(page("enterprise figures page", n -> f.asMember(post("/enterprise/profile/figures")
                .param("fiscalYear", "2024").param("revenue", n))));
        cases.add(page("enterprise basic page", n -> f.asMember(post("/enterprise/profile/basic")
                .param("name", "数字测试有限公司").param("divisionCode", "370112").param("employees", n))));
        cases.add(page("what-if page", n -> f.asMember(post("/enterprise/rating/what-if")
                .param("MR_ADMIN_PENALTIES_3Y", n))));
        cases.add(page("model settings page", n -> f.asOperator(post("/operator/rating/models/" + f.draftVersion()
                + "/settings").param("name", "草稿").param("dimensionMax.RISK", n))));
        cases.add(new Case("bank intent page", n -> f.asBank(post("/bank/push-list/" + f.enterpriseId() + "/intent")
                .param("amount", n)), Set.of(200, 400, 403, 404), true));
        cases.add(page("financing push page", n -> f.asMember(post("/enterprise/financing-push")
                .param("communityId", String.valueOf(f.communityId())).param("project", "研发")
                .param("amount", n).param("purpose", "研发").param("consent", "true"))));
        return cases;
    }

    @Test
    void everyHugeNumberIsRefusedAtEveryEndpointWithinAHundredMilliseconds() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Case c : cases()) {
            for (String warmUp : List.of("abc", "1e5")) { // warm-up with refused values only: nothing is created
                MockHttpServletResponse response = f.perform(c.request().apply(warmUp));
                if (!c.refused().contains(response.getStatus())
                        || c.page() && response.getStatus() == 200 && !showsARefusal(response, warmUp)) {
                    failures.add(c.name() + " with warm-up " + warmUp + ": " + response.getStatus() + " "
                            + abbreviated(response));
                }
            }
            long limit = c.page() ? Math.max(LIMIT_MS, fastest(c, "abc")[0] + PAGE_MARGIN_MS) : LIMIT_MS;
            for (Payload payload : payloads()) {
                long[] timed = fastest(c, payload.number());
                long ms = timed[0];
                MockHttpServletResponse response = last;
                if (ms > slowest) {
                    slowest = ms;
                    slowestCase = c.name() + " with " + payload.name();
                }
                String outcome = c.name() + " with " + payload.name() + ": " + response.getStatus() + " in " + ms + " ms";
                if (ms >= limit || !c.refused().contains(response.getStatus())
                        || c.page() && response.getStatus() == 200 && !showsARefusal(response)) {
                    failures.add(outcome + " " + abbreviated(response));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theRefusalNamesTheFieldAndSaysWhy() throws Exception {
        assertThat(f.problem(f.asMember(json(post("/api/v1/rating/score"),
                "{\"indicators\":{\"MR_ADMIN_PENALTIES_3Y\":1e1000000}}"))))
                .contains("\"field\":\"indicators.MR_ADMIN_PENALTIES_3Y\"").contains("科学计数法");
        assertThat(f.problem(f.asMember(json(put(f.enterpriseApi("/figures/2024")), "{\"revenue\":1e999999999}"))))
                .contains("\"field\":\"revenue\"").contains("科学计数法");
        assertThat(f.problem(f.anonymous(json(post("/api/v1/evaluations/tech-sme"),
                techSme("\"" + "9".repeat(300_000) + "\"")))))
                .contains("\"field\":\"revenue\"").contains("过长");
        assertThat(f.problem(f.asMember(json(put(f.enterpriseApi("/figures/2024")),
                "{\"revenue\":" + "9".repeat(1 << 20) + "}"))))
                .contains("\"field\":\"revenue\"").contains("过长");
        assertThat(f.problem(f.asOperator(json(post("/api/v1/rating/data/batches/" + f.key()),
                "{\"department\":\"TAXATION\",\"values\":[{\"uscc\":\"" + f.uscc()
                        + "\",\"indicator\":\"TAX_PAID\",\"period\":\"2024\",\"value\":\"1e200000\"}]}"))))
                .contains("科学计数法");
    }

    /** One rule for a number written with an exponent, whether the body is read into types or as a tree. */
    @Test
    void aNumberWithAnExponentIsRefusedAlikeInTypedAndInTreeBodies() throws Exception {
        assertThat(f.problem(f.asMember(json(put(f.enterpriseApi("/figures/2024")), "{\"revenue\":1e5}"))))
                .as("typed body").contains("\"field\":\"revenue\"").contains("科学计数法");
        assertThat(f.problem(f.anonymous(json(post("/api/v1/evaluations/tech-sme"), techSme("1e5")))))
                .as("tree body, calculator").contains("\"field\":\"revenue\"").contains("科学计数法");
        assertThat(f.problem(f.asMember(json(post("/api/v1/rating/score"),
                "{\"indicators\":{\"MR_ADMIN_PENALTIES_3Y\":1E0}}"))))
                .as("tree body, scorer").contains("\"field\":\"indicators.MR_ADMIN_PENALTIES_3Y\"")
                .contains("科学计数法");
        assertThat(f.problem(f.anonymous(json(post("/api/v1/evaluations/high-tech-precheck"),
                "{\"registrationDate\":\"2020-01-01\",\"employees\":1.5e1,\"techStaff\":1}"))))
                .as("tree body, pre-check").contains("\"field\":\"employees\"").contains("科学计数法");
        MockHttpServletResponse written = f.perform(f.anonymous(json(post("/api/v1/evaluations/tech-sme"),
                techSme("100000"))));
        assertThat(written.getContentAsString()).as("the same number written out")
                .doesNotContain("\"field\":\"revenue\"");
    }

    @Test
    void aBankWithoutAccessIsDeniedBeforeItsAmountsAreLookedAt() throws Exception {
        MockHttpServletResponse response = f.perform(f.asBank(json(put(f.enterpriseApi("/figures/2024")),
                "{\"revenue\":123456789012345678.5}")));
        assertThat(response.getStatus()).isEqualTo(403);
        for (String body : List.of("{\"revenue\":1e10000000}", "{\"revenue\":\"x\u0000\"}", "{not json")) {
            assertThat(f.perform(f.asBank(json(put(f.enterpriseApi("/figures/2024")), body))).getStatus())
                    .as(body).isEqualTo(403);
            assertThat(f.perform(f.asBank(json(put(f.enterpriseApi("/profile")), body))).getStatus())
                    .as(body).isEqualTo(403);
        }
    }

    private static String techSme(String revenue) {
        return "{\"employees\":10,\"techStaff\":2,\"revenue\":" + revenue
                + ",\"totalCosts\":100,\"totalAssets\":100,\"rdExpense\":{\"year1\":1}}";
    }

    /** The fastest of up to {@link #ATTEMPTS} answers to the payload, in ms; the answer itself in {@link #last}. */
    private long[] fastest(Case c, String number) throws Exception {
        long ms = Long.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS && ms >= LIMIT_MS; attempt++) {
            MockHttpServletRequestBuilder request = c.request().apply(number);
            long started = System.nanoTime();
            last = f.perform(request);
            ms = Math.min(ms, (System.nanoTime() - started) / 1_000_000);
        }
        return new long[] {ms};
    }

    private static boolean showsARefusal(MockHttpServletResponse response) throws Exception {
        String page = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return page.contains("科学计数法") || page.contains("数字过长") || page.contains("整数部分最多")
                || page.contains("过长");
    }

    /** A page refuses a warm-up value as it refuses a typo: the form again, with an error beside the field. */
    private static boolean showsARefusal(MockHttpServletResponse response, String value) throws Exception {
        String page = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return showsARefusal(response) || page.contains("invalid-feedback") || page.contains("what-if-errors");
    }

    private static String abbreviated(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/bounded-last-failure.html"), body);
        return body.length() > 300 ? body.substring(0, 300) : body;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private Case api(String name, Function<String, MockHttpServletRequestBuilder> request, Set<Integer> refused) {
        return new Case(name, request, refused, false);
    }

    private Case page(String name, Function<String, MockHttpServletRequestBuilder> request) {
        return new Case(name, request, PAGE_REFUSED, true);
    }
}
