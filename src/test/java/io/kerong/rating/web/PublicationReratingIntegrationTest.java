package io.kerong.rating.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.RatingRun;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Publishing from the confirmation page re-rates every enterprise with the new model. Runs in the context of
 * {@link ModelQualityPagesIntegrationTest} (same configuration), where publishing re-rates.
 */
@SpringBootTest(properties = {"kerong.rating.rerate-on-publish=true", "kerong.rating.rerate-on-endorsement=true"})
@AutoConfigureMockMvc
@Import(TestLoanOutcomes.Configuration.class)
class PublicationReratingIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired RatingModels models;
    @Autowired EnterpriseRatings ratings;
    @Autowired EnterpriseRegistry registry;

    @Test
    void theConfirmationShowsTheComparisonAndPublishingReratesEveryEnterpriseWithTheNewModel() throws Exception {
        Enterprise enterprise = EnterpriseFixture.chengduSoftwareCompany().importedBy(registry);
        RatingModel draft = models.createDraft(EnterpriseFixture.operator(), models.current().version());
        String confirmation = mvc.perform(get("/operator/rating/models/" + draft.version() + "/publish")
                        .with(user(users.loadUserByUsername("admin"))).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(confirmation).contains("id=\"transition-matrix\"", "id=\"confirm-publish\"",
                "现行的 v" + models.current().version() + " 将停用");

        MvcResult published = mvc.perform(post("/operator/rating/models/" + draft.version() + "/publish")
                        .with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(redirectedUrl("/operator/rating/models"))
                .andExpect(flash().attribute("publishedVersion", draft.version()))
                .andReturn();

        assertThat(models.current().version()).isEqualTo(draft.version());
        String rerating = (String) published.getFlashMap().get("rerating");
        assertThat(rerating).isIn("STARTED", "AFTER_RUNNING");
        RatingRun run = awaitRunWith(draft.version());
        assertThat(run.status()).isEqualTo(RatingRun.Status.COMPLETED);
        assertThat(ratings.latest(enterprise.id()).orElseThrow().modelVersion()).isEqualTo(draft.version());
    }

    private RatingRun awaitRunWith(int version) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var done = ratings.runs(5).stream().filter(r -> r.modelVersion() == version && !r.running()).findFirst();
            if (done.isPresent()) {
                return done.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no finished run with model version " + version);
    }
}
