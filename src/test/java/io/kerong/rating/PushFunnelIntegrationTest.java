package io.kerong.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kerong.identity.OrganizationType;
import io.kerong.rating.PushFixture.Company;
import io.kerong.rating.PushFixture.Member;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every figure of the operator's funnel equals a count over the tables, overall, by community and by city. */
@SpringBootTest
@AutoConfigureMockMvc
class PushFunnelIntegrationTest {

    /** Steps per application, counted independently of the service's query. */
    private static final String STEPS = """
            select count(*) as applied,
                   count(*) filter (where a.decision = 'ENDORSED') as endorsed,
                   count(*) filter (where a.id in (select application_id from rating_push)) as pushed,
                   count(*) filter (where a.id in (select p.application_id from rating_push p
                       join rating_credit_intent i on i.push_id = p.id where i.withdrawn_at is null)) as with_intent
            from rating_push_application a join enterprise e on e.id = a.enterprise_id
            where %s""";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired FinancingApplications applications;
    @Autowired CreditIntents intents;
    @Autowired RatingModels models;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    private final JsonMapper json = JsonMapper.builder().build();
    private PushFixture fixture;
    private Member operator;
    private Member jinan;
    private Member weifang;
    private Member bank;
    private Member bank2;

    @BeforeEach
    void members() {
        fixture = new PushFixture(jdbc, events, tx, models);
        operator = fixture.member(OrganizationType.OPERATOR, "漏斗测试科技局");
        jinan = fixture.member(OrganizationType.INDUSTRY_COMMUNITY, "漏斗测试济南共同体");
        weifang = fixture.member(OrganizationType.INDUSTRY_COMMUNITY, "漏斗测试潍坊共同体");
        bank = fixture.member(OrganizationType.BANK, "漏斗测试银行");
        bank2 = fixture.member(OrganizationType.BANK, "漏斗测试第二银行");
    }

    @Test
    void everyFigureEqualsTheDatabase() throws Exception {
        knownScenario();
        JsonNode figures = funnel();

        assertStages(figures.get("overall"), "true");
        for (JsonNode group : figures.get("byCommunity")) {
            assertStages(group.get("stages"), "a.community_id = " + Long.parseLong(group.get("key").asString()));
        }
        long regions = 0;
        for (JsonNode group : figures.get("byRegion")) {
            String city = group.get("key").asString();
            assertStages(group.get("stages"), "left(e.division_code, 4) = '" + city.substring(0, 4) + "'");
            regions += group.get("stages").get("applied").asLong();
        }
        assertThat(regions).as("every application in exactly one city").isEqualTo(count("select count(*) from rating_push_application"));
        assertThat(figures.get("onListNow").asLong()).isEqualTo(count("select count(*) from rating_push where removed_at is null"));
        assertThat(figures.get("rejected").asLong()).isEqualTo(count("select count(*) from rating_push_application where decision = 'REJECTED'"));
        assertThat(figures.get("pending").asLong()).isEqualTo(count(
                "select count(*) from rating_push_application where decision is null and withdrawn_at is null"));
        assertThat(figures.get("intentAmount").decimalValue()).isEqualByComparingTo(jdbc.sql(
                "select coalesce(sum(amount), 0) from rating_credit_intent where withdrawn_at is null")
                .query(BigDecimal.class).single());
        assertThat(figures.get("intentBanks").asLong()).isEqualTo(count(
                "select count(distinct bank_id) from rating_credit_intent where withdrawn_at is null"));
    }

    @Test
    void aKnownScenarioMovesEachStepByItsOwnCount() throws Exception {
        JsonNode before = funnel();
        knownScenario();
        JsonNode after = funnel();

        Map<String, Long> overall = delta(before.get("overall"), after.get("overall"));
        assertThat(overall).containsExactlyInAnyOrderEntriesOf(
                Map.of("applied", 6L, "endorsed", 4L, "pushed", 3L, "withIntent", 2L));
        JsonNode jinanGroup = group(after.get("byCommunity"), String.valueOf(jinan.organizationId()));
        assertThat(jinanGroup.get("name").asString()).isEqualTo(jinan.actor().organizationName());
        assertThat(stages(jinanGroup.get("stages"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("applied", 4L, "endorsed", 3L, "pushed", 2L, "withIntent", 1L));
        assertThat(after.get("intentAmount").decimalValue().subtract(before.get("intentAmount").decimalValue()))
                .isEqualByComparingTo("4500000.00");
        assertThat(after.get("onListNow").asLong() - before.get("onListNow").asLong())
                .as("one pushed enterprise was downgraded off the list").isEqualTo(2);
    }

    /**
     * Six applications: Jinan community — A endorsed, pushed, two intents (one withdrawn); B endorsed, pushed, then
     * downgraded off the list; C endorsed but graded D; D rejected. Weifang community — E endorsed, pushed, one
     * intent; F waiting. Standing intents: 3,000,000 on A and 1,500,000 on E.
     */
    private void knownScenario() {
        Company a = applied(fixture.company("370112", "I"), jinan, Grade.A, true);
        Company b = applied(fixture.company("370102", "I"), jinan, Grade.B, true);
        applied(fixture.company("370103", "C"), jinan, Grade.D, true);
        Company d = fixture.company("370104", "C");
        PushApplication rejected = apply(d, jinan);
        applications.review(jinan.actor(), rejected.id(), EndorsementDecision.REJECTED, "不属于本产业链");
        Company e = applied(fixture.company("370702", "C"), weifang, Grade.C, true);
        apply(fixture.company("370703", "C"), weifang);

        intents.mark(bank.actor(), a.id(), new BigDecimal("3000000"), null);
        CreditIntent withdrawn = intents.mark(bank2.actor(), a.id(), new BigDecimal("2000000"), null);
        intents.withdraw(bank2.actor(), withdrawn.id());
        intents.mark(bank2.actor(), e.id(), new BigDecimal("1500000"), null);
        fixture.rate(b.id(), Grade.D, "33.00");
    }

    private Company applied(Company company, Member community, Grade grade, boolean endorse) {
        fixture.rate(company.id(), grade, grade == Grade.D ? "30.00" : "70.00");
        PushApplication application = apply(company, community);
        if (endorse) {
            applications.review(community.actor(), application.id(), EndorsementDecision.ENDORSED, null);
        }
        return company;
    }

    private PushApplication apply(Company company, Member community) {
        return applications.apply(company.actor(), new PushApplicationForm(null, community.organizationId(),
                "漏斗测试项目", new BigDecimal("2000000"), "流动资金", true));
    }

    private void assertStages(JsonNode stages, String where) {
        Map<String, Long> expected = jdbc.sql(STEPS.formatted(where)).query((rs, i) -> Map.of(
                "applied", rs.getLong("applied"), "endorsed", rs.getLong("endorsed"), "pushed", rs.getLong("pushed"),
                "withIntent", rs.getLong("with_intent"))).single();
        assertThat(stages(stages)).as(where).containsExactlyInAnyOrderEntriesOf(expected);
    }

    private static Map<String, Long> stages(JsonNode node) {
        Map<String, Long> map = new HashMap<>();
        for (String step : new String[] {"applied", "endorsed", "pushed", "withIntent"}) {
            map.put(step, node.get(step).asLong());
        }
        return map;
    }

    private static Map<String, Long> delta(JsonNode before, JsonNode after) {
        Map<String, Long> map = stages(after);
        stages(before).forEach((k, v) -> map.merge(k, -v, Long::sum));
        return map;
    }

    private static JsonNode group(JsonNode groups, String key) {
        for (JsonNode g : groups) {
            if (g.get("key").asString().equals(key)) {
                return g;
            }
        }
        throw new AssertionError("no group " + key);
    }

    private JsonNode funnel() throws Exception {
        String body = mvc.perform(get("/api/v1/rating/funnel").with(user(users.loadUserByUsername(operator.username()))))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
