package io.kerong.rating.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kerong.audit.AuditEntry;
import io.kerong.audit.AuditTrail;
import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.rating.BinScoring;
import io.kerong.rating.Dimension;
import io.kerong.rating.Grade;
import io.kerong.rating.Indicator;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The operator's model pages on real PostgreSQL: drafts edited part by part, every error beside its field. */
@SpringBootTest
@AutoConfigureMockMvc
class RatingModelEditorIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired RatingModels models;
    @Autowired AuditTrail audit;

    private RatingModel draft;

    @BeforeEach
    void aFreshDraftOfThePublishedModel() {
        draft = models.createDraft(EnterpriseFixture.operator(), models.current().version());
    }

    private MockHttpServletRequestBuilder asOperator(MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername("admin"))).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(asOperator(request)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String draftPath(String suffix) {
        return "/operator/rating/models/" + draft.version() + suffix;
    }

    private RatingModel stored() {
        return models.version(draft.version()).orElseThrow();
    }

    private MockHttpServletRequestBuilder settings(String name, String riskMax, String bMin, String bCreditMax) {
        return post(draftPath("/settings")).param("name", name)
                .param("dimensionMax.RISK", riskMax).param("dimensionMax.INNOVATION", "30")
                .param("dimensionMax.GROWTH", "20").param("dimensionMax.INDUSTRY_CHAIN", "15")
                .param("grades[0].minScore", "82").param("grades[0].creditMin", "500").param("grades[0].creditMax", "1000")
                .param("grades[1].minScore", bMin).param("grades[1].creditMin", "300").param("grades[1].creditMax", bCreditMax)
                .param("grades[2].minScore", "50").param("grades[2].creditMin", "100").param("grades[2].creditMax", "200")
                .param("grades[3].minScore", "0").param("minimumPushGrade", "B").param("endorsementRequired", "true");
    }

    @Test
    void theListShowsEveryVersionAndACopyOpensTheNewDraft() throws Exception {
        String list = page(get("/operator/rating/models"));
        assertThat(list).contains("version-" + draft.version(), "草稿", "已发布",
                String.valueOf(models.current().indicators().size()));

        String location = mvc.perform(asOperator(post("/operator/rating/models/" + draft.version() + "/drafts")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        RatingModel copy = models.all().getFirst();
        assertThat(location).isEqualTo("/operator/rating/models/" + copy.version());
        assertThat(copy.indicators()).isEqualTo(draft.indicators());
    }

    @Test
    void aPublishedModelIsShownReadOnlyAndCannotBeChangedThroughThePages() throws Exception {
        RatingModel current = models.current();
        String html = page(get("/operator/rating/models/" + current.version()));
        assertThat(html).contains("id=\"read-only-note\"", "<fieldset disabled=\"disabled\">")
                .doesNotContain("hx-post=\"/operator/rating/models/" + current.version() + "/indicators");

        mvc.perform(asOperator(settings("改名", "35", "65", "500").with(r -> {
            r.setRequestURI("/operator/rating/models/" + current.version() + "/settings");
            return r;
        }))).andExpect(status().isNotFound());
        assertThat(models.current()).isEqualTo(current);
    }

    @Test
    void rejectedSettingsShowEveryErrorBesideItsFieldAndChangeNothing() throws Exception {
        String html = page(settings("", "abc", "90", "100"));

        assertThat(html).contains("有 4 处问题，未保存任何修改", "必须填写", "“abc”不是数字",
                "分数线须从 A 到 D 递减：90 不低于上一等级的 82", "等级 B 的授信区间无效");
        assertThat(html).contains("id=\"grade-errors-B\"");
        assertThat(stored()).isEqualTo(draft);
    }

    @Test
    void savedSettingsStoreCreditLinesInYuanAndAreAudited() throws Exception {
        mvc.perform(asOperator(settings("收紧 A 级", "35", "65", "500")))
                .andExpect(redirectedUrl(draftPath("?saved=settings")));

        RatingModel saved = stored();
        assertThat(saved.name()).isEqualTo("收紧 A 级");
        assertThat(saved.band(Grade.A).orElseThrow().minScore()).isEqualByComparingTo("82");
        assertThat(saved.band(Grade.C).orElseThrow().creditLineMax()).isEqualByComparingTo("2000000.00");
        assertThat(saved.minimumPushGrade()).isEqualTo(Grade.B);
        assertThat(audit.forSubject("rating.model", String.valueOf(draft.version()), 1)).extracting(AuditEntry::action)
                .containsExactly("draft-saved");
    }

    @Test
    void anIndicatorWithUnreadableNumbersAndAGapIsRejectedFieldByField() throws Exception {
        String html = page(post(draftPath("/indicators/RD_RATIO")).header("HX-Request", "true")
                .param("bins[0].lower", "").param("bins[0].upper", "2").param("bins[0].points", "0")
                .param("bins[1].lower", "2").param("bins[1].upper", "3").param("bins[1].points", "abc")
                .param("bins[2].lower", "3.5").param("bins[2].upper", "").param("bins[2].points", "4")
                .param("missingPoints", "0"));

        assertThat(html).contains("id=\"form-RD_RATIO\"", "“abc”不是数字", "分档之间有空缺：上一档上限 3 小于本档下限 3.5",
                "有 2 处问题");
        assertThat(html).doesNotContain("无法达到");
        assertThat(stored()).isEqualTo(draft);
    }

    @Test
    void aSavedIndicatorRedrawsTheTableWithTheNewPoints() throws Exception {
        mvc.perform(asOperator(post(draftPath("/indicators/RD_RATIO")).header("HX-Request", "true")
                        .param("bins[0].upper", "2").param("bins[0].points", "0")
                        .param("bins[1].lower", "2").param("bins[1].upper", "4").param("bins[1].points", "1.5")
                        .param("bins[2].lower", "4").param("bins[2].points", "4")
                        .param("missingPoints", "0")))
                .andExpect(status().isOk()).andExpect(header().string("HX-Retarget", "#indicator-table"));

        Indicator rd = stored().indicator("RD_RATIO").orElseThrow();
        assertThat(((BinScoring) rd.scoring()).bins()).extracting(b -> b.points().toPlainString())
                .containsExactly("0", "1.5", "4");
        assertThat(stored().indicators()).hasSameSizeAs(draft.indicators());
    }

    @Test
    void addingABinRedrawsTheFormWithoutSaving() throws Exception {
        String html = page(post(draftPath("/indicators/RD_RATIO")).param("action", "addBin")
                .param("bins[0].upper", "2").param("bins[0].points", "0").param("bins[1].lower", "2")
                .param("bins[1].upper", "6").param("bins[1].points", "4").param("missingPoints", "0"));

        assertThat(html).contains("name=\"bins[2].lower\" value=\"6\"");
        assertThat(stored()).isEqualTo(draft);
    }

    @Test
    void disablingNeedsTheDimensionLoweredFirstAndEnablingBringsTheIndicatorBack() throws Exception {
        String refused = page(post(draftPath("/indicators/RD_RATIO/disable")));
        assertThat(refused).contains("id=\"table-errors\"", "维度满分（创新性）", "无法达到");
        assertThat(stored().indicator("RD_RATIO")).isPresent();

        RatingModel lowered = new RatingModel(draft.id(), draft.version(), draft.status(), draft.name(),
                draft.indicators(), withInnovation(draft, "26"), draft.grades(), draft.knockOuts(),
                draft.minimumPushGrade(), draft.endorsementRequired(), null);
        models.saveDraft(EnterpriseFixture.operator(), lowered);

        String disabled = page(post(draftPath("/indicators/RD_RATIO/disable")).param("q", "RD_RATIO"));
        assertThat(disabled).contains("指标 RD_RATIO 已停用", "indicator-off", "/indicators/RD_RATIO/enable");
        assertThat(stored().indicator("RD_RATIO")).isEmpty();

        page(post(draftPath("/indicators/RD_RATIO/enable")));
        RatingModel enabled = stored();
        assertThat(enabled.indicator("RD_RATIO")).contains(draft.indicator("RD_RATIO").orElseThrow());
        assertThat(enabled.indicators()).hasSameSizeAs(draft.indicators());
    }

    @Test
    void aKnockOutWhoseConditionDoesNotFitItsIndicatorIsNamedAndNothingChanges() throws Exception {
        MockHttpServletRequestBuilder request = post(draftPath("/knock-outs")).param("action", "save");
        for (int k = 0; k < draft.knockOuts().size(); k++) {
            var rule = draft.knockOuts().get(k);
            request.param("knockOuts[" + k + "].code", rule.code()).param("knockOuts[" + k + "].indicatorCode",
                    rule.indicatorCode()).param("knockOuts[" + k + "].condition", rule.condition())
                    .param("knockOuts[" + k + "].messageKey", rule.messageKey());
        }
        int added = draft.knockOuts().size();
        request.param("knockOuts[" + added + "].code", "KO_TAX_GRADE_C").param("knockOuts[" + added + "].indicatorCode",
                "TAX_CREDIT_GRADE").param("knockOuts[" + added + "].condition", ">= 1");

        String html = page(request);

        assertThat(html).contains("否决条件“&gt;= 1”不适用于指标 TAX_CREDIT_GRADE", "有 1 处问题");
        assertThat(stored()).isEqualTo(draft);
    }

    @Test
    void theIndicatorTableFiltersByTextDimensionAndStatus() throws Exception {
        String html = page(get(draftPath("/indicators")).param("q", "纳税").param("dimension", "RISK"));

        assertThat(html).contains("indicator-TAX_CREDIT_GRADE").doesNotContain("indicator-RD_RATIO");
        assertThat(page(get(draftPath("/indicators")).param("status", "disabled"))).contains("显示 0 个指标");
    }

    private static java.util.Map<Dimension, java.math.BigDecimal> withInnovation(RatingModel model, String max) {
        var maxima = new java.util.EnumMap<Dimension, java.math.BigDecimal>(model.dimensionMax());
        maxima.put(Dimension.INNOVATION, new java.math.BigDecimal(max));
        return maxima;
    }
}
