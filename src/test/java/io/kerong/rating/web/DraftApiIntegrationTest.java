package io.kerong.rating.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kerong.audit.AuditEntry;
import io.kerong.audit.AuditTrail;
import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.Grade;
import io.kerong.rating.GradeBand;
import io.kerong.rating.IndicatorData;
import io.kerong.rating.ModelStatus;
import io.kerong.rating.RatingDataFixture;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.Scorer;
import io.kerong.rating.internal.ModelJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The draft API: copy, save (validated whole), compare with the published model on every enterprise, publish. */
@SpringBootTest
@AutoConfigureMockMvc
class DraftApiIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired RatingModels models;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired EnterpriseRegistry registry;
    @Autowired DepartmentData data;
    @Autowired IndicatorData indicatorData;
    @Autowired Scorer scorer;
    @Autowired Clock clock;

    private final ModelJson json = new ModelJson();

    private MockHttpServletRequestBuilder asOperator(MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername("admin"))).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE)
                .accept(MediaType.APPLICATION_JSON);
    }

    private RatingModel newDraft() {
        return models.createDraft(EnterpriseFixture.operator(), models.current().version());
    }

    private MockHttpServletRequestBuilder save(RatingModel draft, String body) {
        return asOperator(put("/api/v1/rating/models/drafts/" + draft.id())).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void aDraftIsCopiedFromAVersion() throws Exception {
        int current = models.current().version();
        mvc.perform(asOperator(post("/api/v1/rating/models/" + current + "/drafts")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.indicators.length()").value(models.current().indicators().size()));
        mvc.perform(asOperator(post("/api/v1/rating/models/9999/drafts"))).andExpect(status().isNotFound());
    }

    @Test
    void aSavedDefinitionReplacesTheDraftAndIsAudited() throws Exception {
        RatingModel draft = newDraft();
        List<GradeBand> grades = new java.util.ArrayList<>(draft.grades());
        grades.set(0, new GradeBand(Grade.A, new BigDecimal("85"), grades.getFirst().creditLineMin(),
                grades.getFirst().creditLineMax()));
        RatingModel changed = new RatingModel(0, 0, ModelStatus.PUBLISHED, "A 级 85 分", draft.indicators(),
                draft.dimensionMax(), grades, draft.knockOuts(), draft.minimumPushGrade(), draft.endorsementRequired(),
                null);

        mvc.perform(save(draft, json.write(changed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(draft.id()))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.name").value("A 级 85 分"));

        RatingModel stored = models.version(draft.version()).orElseThrow();
        assertThat(stored.band(Grade.A).orElseThrow().minScore()).isEqualByComparingTo("85");
        assertThat(audit.forSubject("rating.model", String.valueOf(draft.version()), 1)).extracting(AuditEntry::action)
                .containsExactly("draft-saved");
    }

    @Test
    void anInvalidDefinitionIsA400NamingEveryProblemAndChangesNothing() throws Exception {
        RatingModel draft = newDraft();

        mvc.perform(save(draft, "{\"name\": \"\", \"minimumPushGrade\": \"C\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("必须填写"))
                .andExpect(jsonPath("$.errors[?(@.field == 'indicators')].message").value("模型至少需要一个指标"))
                .andExpect(jsonPath("$.errors[?(@.field == 'grades')]").exists());
        mvc.perform(save(draft, "[1, 2")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        assertThat(models.version(draft.version()).orElseThrow()).isEqualTo(draft);
    }

    @Test
    void aPublishedModelIsNoDraftToSave() throws Exception {
        RatingModel current = models.current();
        mvc.perform(save(current, json.write(current))).andExpect(status().isNotFound());
    }

    @Test
    void anUnchangedDraftChangesNoGrade() throws Exception {
        EnterpriseFixture.chengduSoftwareCompany().importedBy(registry);
        long enterprises = jdbc.sql("select count(*) from enterprise").query(Long.class).single();
        RatingModel draft = newDraft();

        mvc.perform(asOperator(get("/api/v1/rating/models/drafts/" + draft.id() + "/comparison")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draftVersion").value(draft.version()))
                .andExpect(jsonPath("$.enterprises").value(enterprises))
                .andExpect(jsonPath("$.changed").value(0))
                .andExpect(jsonPath("$.averageScoreChange").value(0.0))
                .andExpect(jsonPath("$.transitions.length()").value(16))
                .andExpect(jsonPath("$.changes").isEmpty());
    }

    @Test
    void cutOffsNearZeroGradeEveryoneAButTheKnockedOutAndTheListNamesThem() throws Exception {
        RatingModel current = models.current();
        LocalDate today = LocalDate.now(clock);
        EnterpriseFixture clean = EnterpriseFixture.chengduSoftwareCompany().named("对比测试清白科技有限公司");
        Enterprise cleanOne = clean.importedBy(registry);
        EnterpriseFixture dishonest = EnterpriseFixture.chengduSoftwareCompany().named("对比测试失信科技有限公司");
        Enterprise dishonestOne = dishonest.importedBy(registry);
        RatingDataFixture.none(current, dishonest.uscc(), today).with("COURT_DISHONEST", "是")
                .deliver(data, EnterpriseFixture.operator());
        Grade cleanBefore = scorer.score(current, indicatorData.latest(cleanOne.id(), today)).grade();
        RatingModel draft = newDraft();
        RatingModel everyoneA = new RatingModel(draft.id(), draft.version(), draft.status(), draft.name(),
                draft.indicators(), draft.dimensionMax(), List.of(
                        new GradeBand(Grade.A, new BigDecimal("0.03"), new BigDecimal("5000000"), new BigDecimal("10000000")),
                        new GradeBand(Grade.B, new BigDecimal("0.02"), new BigDecimal("3000000"), new BigDecimal("5000000")),
                        new GradeBand(Grade.C, new BigDecimal("0.01"), new BigDecimal("1000000"), new BigDecimal("3000000")),
                        new GradeBand(Grade.D, BigDecimal.ZERO, null, null)),
                draft.knockOuts(), draft.minimumPushGrade(), draft.endorsementRequired(), null);
        models.saveDraft(EnterpriseFixture.operator(), everyoneA);

        String body = mvc.perform(asOperator(get("/api/v1/rating/models/drafts/" + draft.id() + "/comparison"))
                        .param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.downgraded").value(0))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode comparison = JsonMapper.builder().build().readTree(body);

        // lowering every cut-off can only raise grades; only a knock-out keeps an enterprise in D
        assertThat(comparison.get("upgraded").asLong()).isEqualTo(comparison.get("changed").asLong());
        assertThat(transitions(comparison, "D", "D")).isGreaterThanOrEqualTo(1);
        for (String published : List.of("A", "B", "C", "D")) {
            for (String to : List.of("B", "C")) {
                assertThat(transitions(comparison, published, to)).as(published + " → " + to).isZero();
            }
        }
        assertThat(body).doesNotContain("对比测试失信科技有限公司");
        assertThat(cleanBefore).as("a registry record without department data is not graded A").isNotEqualTo(Grade.A);
        assertThat(body).contains("\"name\":\"对比测试清白科技有限公司\",\"publishedGrade\":\"" + cleanBefore
                + "\",\"draftGrade\":\"A\"");
        assertThat(dishonestOne.id()).isNotEqualTo(cleanOne.id());
    }

    private static long transitions(JsonNode comparison, String published, String draft) {
        for (JsonNode t : comparison.get("transitions")) {
            if (t.get("published").asText().equals(published) && t.get("draft").asText().equals(draft)) {
                return t.get("enterprises").asLong();
            }
        }
        throw new AssertionError("no transition " + published + " → " + draft);
    }

    @Test
    void publishingRetiresThePreviousModelAndIsAudited() throws Exception {
        RatingModel previous = models.current();
        RatingModel draft = newDraft();
        models.saveDraft(EnterpriseFixture.operator(), new RatingModel(draft.id(), draft.version(), draft.status(),
                "同一定义再发布", draft.indicators(), draft.dimensionMax(), draft.grades(), draft.knockOuts(),
                draft.minimumPushGrade(), draft.endorsementRequired(), null));

        mvc.perform(asOperator(post("/api/v1/rating/models/drafts/" + draft.id() + "/publish")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(draft.version()))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.rerating").value("NONE"));

        assertThat(models.current().version()).isEqualTo(draft.version());
        assertThat(models.version(previous.version()).orElseThrow().status()).isEqualTo(ModelStatus.RETIRED);
        assertThat(audit.forSubject("rating.model", String.valueOf(draft.version()), 1)).extracting(AuditEntry::action)
                .containsExactly("published");
        assertThat(audit.forSubject("rating.model", String.valueOf(previous.version()), 1)).extracting(AuditEntry::action)
                .containsExactly("retired");
        mvc.perform(asOperator(post("/api/v1/rating/models/drafts/" + draft.id() + "/publish")))
                .andExpect(status().isNotFound());
    }
}
