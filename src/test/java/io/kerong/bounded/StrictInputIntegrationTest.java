package io.kerong.bounded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.kerong.rating.RatingModels;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Values of the wrong JSON type are refused naming the field instead of coerced and saved, and a NUL character is a 400
 * (a field error on a page, a row error in a file) instead of a 500, wherever it comes in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictInputIntegrationTest {

    private static final String NUL = "\\u0000";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired RatingModels models;

    private BoundedInputFixture f;

    @BeforeAll
    void members() throws Exception {
        f = new BoundedInputFixture(mvc, jdbc, users, events, tx, models);
        assertThat(f.perform(profile("\"foundedOn\":\"2019-05-01\",\"employees\":40")).getStatus()).isEqualTo(200);
        assertThat(f.perform(f.asMember(json(put(f.enterpriseApi("/ip")), "{\"INVENTION_PATENT\":3}"))).getStatus())
                .isEqualTo(200);
    }

    @AfterAll
    void drop() {
        f.dropDraft();
    }

    @Test
    void trueOrANumberAsANameIsRefusedNamingTheField() throws Exception {
        assertThat(f.problem(f.asMember(json(put(f.enterpriseApi("/profile")),
                "{\"name\":true,\"divisionCode\":\"370112\"}")))).contains("\"field\":\"name\"").contains("应为文本");
        assertThat(f.problem(f.asMember(json(put(f.enterpriseApi("/profile")),
                "{\"name\":12345,\"divisionCode\":\"370112\"}")))).contains("\"field\":\"name\"");
        assertThat(storedName()).isEqualTo("数字测试有限公司");
    }

    @Test
    void aDateMustBeDateTextNotADayCountAndNotAnEmptyList() throws Exception {
        assertThat(f.problem(profile("\"foundedOn\":12345"))).contains("\"field\":\"foundedOn\"").contains("yyyy-MM-dd");
        assertThat(f.problem(profile("\"foundedOn\":[]"))).contains("\"field\":\"foundedOn\"");
        assertThat(jdbc.sql("select founded_on::text from enterprise where id = ?").param(f.enterpriseId())
                .query(String.class).single()).isEqualTo("2019-05-01");
    }

    @Test
    void aCountWithAFractionIsRefusedInsteadOfSavedAsZero() throws Exception {
        assertThat(f.problem(profile("\"employees\":0.001"))).contains("\"field\":\"employees\"").contains("整数");
        assertThat(jdbc.sql("select employees from enterprise where id = ?").param(f.enterpriseId())
                .query(Integer.class).single()).isEqualTo(40);
    }

    @Test
    void aPatentCountOfATinyFractionDoesNotDeleteTheHolding() throws Exception {
        assertThat(f.problem(f.asMember(json(put(f.enterpriseApi("/ip")), "{\"INVENTION_PATENT\":1e-400}"))))
                .contains("\"field\":\"INVENTION_PATENT\"");
        assertThat(jdbc.sql("select quantity from enterprise_ip_holding where enterprise_id = ? and ip_kind = 'INVENTION_PATENT'")
                .param(f.enterpriseId()).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aNulInAnyJsonTextIsA400NamingTheField() throws Exception {
        assertThat(f.problem(profile("\"legalRepresentative\":\"张" + NUL + "三\"")))
                .contains("\"field\":\"legalRepresentative\"").contains("NUL");
        assertThat(f.problem(f.asMember(json(post("/api/v1/organization/tokens"), "{\"name\":\"erp" + NUL + "\"}"))))
                .contains("\"field\":\"name\"");
        assertThat(f.problem(f.asBank(json(post("/api/v1/rating/credit-intents"),
                "{\"enterpriseId\":" + f.enterpriseId() + ",\"amount\":\"1000\",\"note\":\"a" + NUL + "\"}"))))
                .contains("\"field\":\"note\"");
        assertThat(f.problem(f.asOperator(json(post("/api/v1/rating/data/batches/" + f.key()),
                "{\"department\":\"TAXATION\",\"values\":[{\"uscc\":\"" + f.uscc() + "\",\"indicator\":\"TAX" + NUL
                        + "PAID\",\"period\":\"2024\",\"value\":\"1\"}]}"))))
                .contains("\"field\":\"values[0].indicator\"");
        assertThat(f.problem(f.anonymous(json(post("/api/v1/evaluations/tech-sme"),
                "{\"employees\":\"1" + NUL + "\",\"techStaff\":1}")))).contains("\"field\":\"employees\"");
    }

    @Test
    void aNulInAQueryOrFormParameterIsA400NamingTheField() throws Exception {
        assertThat(f.problem(f.asOperator(get("/api/v1/enterprises").param("q", "科技\u0000"))))
                .contains("\"field\":\"q\"").contains("NUL");
        MockHttpServletResponse page = f.perform(f.asOperator(get("/operator/enterprises").param("q", "\u0000")));
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("data-field=\"q\"").contains("NUL")
                .as("the 400 page in the site's layout").contains("navbar").contains("请求有误");
        MockHttpServletResponse form = f.perform(f.asMember(post("/enterprise/profile/basic")
                .param("name", "数字\u0000测试").param("divisionCode", "370112")));
        assertThat(form.getStatus()).isEqualTo(400);
        assertThat(form.getContentAsString(StandardCharsets.UTF_8)).contains("data-field=\"name\"");
        assertThat(storedName()).isEqualTo("数字测试有限公司");
    }

    @Test
    void aNulOrAMegabyteInAnUploadedCellIsARowError() throws Exception {
        String csv = "统一社会信用代码,指标代码,期间,数值\n" + f.uscc() + ",TAX_PAID,2024,1\u00002\n"
                + f.uscc() + ",TAX_PAID_GROWTH,2024," + "9".repeat(40_000) + "\n";
        String problem = f.problem(f.asOperator(multipart("/api/v1/rating/data/batches")
                .file(new MockMultipartFile("file", "税务.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("batchKey", f.key()).param("department", "TAXATION")));
        assertThat(problem).contains("\"row\":2").contains("\"row\":3").contains("NUL").doesNotContain("9".repeat(300));
    }

    private MockHttpServletRequestBuilder profile(String fields) {
        return f.asMember(json(put(f.enterpriseApi("/profile")),
                "{\"name\":\"数字测试有限公司\",\"divisionCode\":\"370112\"," + fields + "}"));
    }

    private String storedName() {
        return jdbc.sql("select name from enterprise where id = ?").param(f.enterpriseId()).query(String.class).single();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
