package io.kerong.rating.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.Grade;
import io.kerong.rating.LoanOutcome;
import io.kerong.rating.StoredRating;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The model-quality page and API with a test-only lending module reporting outcomes: the numbers are those of the
 * worked example in {@code ModelQualityTest} (eight loans: AUC 0.7, KS 1/3 at 40 points).
 */
@SpringBootTest(properties = {"kerong.rating.rerate-on-publish=true", "kerong.rating.rerate-on-endorsement=true"})
@AutoConfigureMockMvc
@Import(TestLoanOutcomes.Configuration.class)
class ModelQualityPagesIntegrationTest {

    private static final LocalDate GRANTED = LocalDate.of(2025, 6, 1);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired TestLoanOutcomes lending;
    @Autowired EnterpriseRegistry registry;
    @Autowired EnterpriseRatings ratings;

    @BeforeEach
    void eightLoansOfWhichThreeDefaulted() {
        lending.outcomes.clear();
        List.of("90", "80", "80", "60", "55").forEach(score -> lending.outcomes.add(scored(score, false)));
        List.of("80", "60", "40").forEach(score -> lending.outcomes.add(scored(score, true)));
    }

    private static LoanOutcome scored(String score, boolean defaulted) {
        int s = Integer.parseInt(score);
        Grade grade = s >= 80 ? Grade.A : s >= 65 ? Grade.B : s >= 50 ? Grade.C : Grade.D;
        return LoanOutcome.scored(1, GRANTED, new BigDecimal(score), grade, defaulted);
    }

    private MockHttpServletRequestBuilder asOperator(MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername("admin"))).locale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void thePageShowsTheDefaultRatePerGradeAucAndKs() throws Exception {
        String html = mvc.perform(asOperator(get("/operator/rating/quality").param("from", "2025-01-01")
                        .param("to", "2025-12-31")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("尚无贷款结果数据");
        assertThat(html).contains("id=\"figure-loans\">8<", "id=\"figure-auc\">0.7000<", "id=\"figure-ks\">0.3333<",
                "id=\"figure-gini\">0.4000<", "两类贷款累计分布差距最大处在 40 分", "其中违约 3 笔，违约率 37.5%");
        // A: 90, 80, 80 good and 80 defaulted → 1 of 4; C: 60, 55 good and 60 defaulted → 1 of 3; D: the 40 → 1 of 1
        assertThat(html).containsPattern("id=\"grade-A\">\\s*<td>A</td>\\s*<td class=\"text-end\">4</td>\\s*"
                + "<td class=\"text-end\">1</td>\\s*<td class=\"text-end\">25.00%</td>");
        assertThat(html).containsPattern("id=\"grade-C\">\\s*<td>C</td>\\s*<td class=\"text-end\">3</td>\\s*"
                + "<td class=\"text-end\">1</td>\\s*<td class=\"text-end\">33.33%</td>");
        assertThat(html).containsPattern("id=\"grade-B\">\\s*<td>B</td>\\s*<td class=\"text-end\">0</td>\\s*"
                + "<td class=\"text-end\">0</td>\\s*<td class=\"text-end\">—</td>");
        assertThat(html).contains("data-url=\"/api/v1/rating/quality?from=2025-01-01&amp;to=2025-12-31\"");
    }

    @Test
    void theApiGivesTheSameMeasuresAndTheCurves() throws Exception {
        mvc.perform(asOperator(get("/api/v1/rating/quality").param("from", "2025-01-01").param("to", "2025-12-31"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcomesAvailable").value(true))
                .andExpect(jsonPath("$.loans").value(8))
                .andExpect(jsonPath("$.defaults").value(3))
                .andExpect(jsonPath("$.auc").value(0.7))
                .andExpect(jsonPath("$.ks").value(0.3333))
                .andExpect(jsonPath("$.ksScore").value(40.0))
                .andExpect(jsonPath("$.grades[0].defaultRate").value(0.25))
                .andExpect(jsonPath("$.grades[3].defaultRate").value(1.0))
                // five distinct scores: the origin and one point per score
                .andExpect(jsonPath("$.roc.length()").value(6))
                .andExpect(jsonPath("$.distributions.length()").value(5));
    }

    @Test
    void aPeriodWithoutGrantsSaysThereAreNoOutcomes() throws Exception {
        String html = mvc.perform(asOperator(get("/operator/rating/quality").param("from", "2024-01-01")
                        .param("to", "2024-12-31")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("尚无贷款结果数据", "2024-01-01 至 2024-12-31 期间没有发放并附有评价结果的贷款");
        mvc.perform(asOperator(get("/api/v1/rating/quality").param("from", "2024-01-01").param("to", "2024-12-31")))
                .andExpect(jsonPath("$.outcomesAvailable").value(false))
                .andExpect(jsonPath("$.auc").doesNotExist());
    }

    @Test
    void loansWithoutScoresTakeTheStoredRatingAndUnratedOnesAreCountedApart() throws Exception {
        Enterprise rated = EnterpriseFixture.chengduSoftwareCompany().importedBy(registry);
        StoredRating rating = ratings.rate(EnterpriseFixture.operator(), rated.id());
        Enterprise neverRated = EnterpriseFixture.chengduSoftwareCompany().importedBy(registry);
        lending.outcomes.clear();
        lending.outcomes.add(LoanOutcome.rated(rated.id(), GRANTED, rating.id(), false));
        lending.outcomes.add(LoanOutcome.unrated(rated.id(), rating.asOf(), true));
        lending.outcomes.add(LoanOutcome.unrated(neverRated.id(), rating.asOf(), false));

        mvc.perform(asOperator(get("/api/v1/rating/quality").param("from", "2025-01-01")
                        .param("to", rating.asOf().toString())))
                .andExpect(jsonPath("$.loans").value(2))
                .andExpect(jsonPath("$.defaults").value(1))
                .andExpect(jsonPath("$.unrated").value(1))
                // the same rating for the good and the defaulted loan: a tie, AUC one half
                .andExpect(jsonPath("$.auc").value(0.5))
                .andExpect(jsonPath("$.grades[" + rating.grade().ordinal() + "].loans").value(2));
    }
}
