package io.kerong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.KerongApplication;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.PushFixture.Company;
import io.kerong.rating.PushFixture.Member;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publication registry across a restart: a grade change committed while the platform stopped before the
 * push list followed it stays an incomplete publication, and the platform completes it when it starts again on the
 * same database (spring.modulith.events.republish-outstanding-events-on-restart).
 */
class PushListAfterRestartIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void aDowngradeWhoseListenerNeverRanTakesTheEnterpriseOffThePushListWhenThePlatformStartsAgain() {
        long enterpriseId;
        Member bank;
        try (ConfigurableApplicationContext first = start()) {
            PushFixture fixture = fixture(first);
            Member community = fixture.member(OrganizationType.INDUSTRY_COMMUNITY, "重启测试共同体");
            bank = fixture.member(OrganizationType.BANK, "重启测试银行");
            Company company = fixture.company("370112", "I");
            enterpriseId = company.id();
            fixture.rate(enterpriseId, Grade.B, "68.00");
            FinancingApplications applications = first.getBean(FinancingApplications.class);
            PushApplication application = applications.apply(company.actor(), new PushApplicationForm(null,
                    community.organizationId(), "工业互联网平台二期研发", new BigDecimal("3000000"), "研发投入", true));
            applications.review(community.actor(), application.id(), EndorsementDecision.ENDORSED, null);
            assertThat(onList(first, bank, enterpriseId)).isPresent();
            assertThat(incomplete(first, enterpriseId)).isZero();

            fixture.rateAndStopBeforeListeners(enterpriseId, Grade.D, "35.00");

            assertThat(removalReason(first, enterpriseId)).as("the push list did not follow yet").isEqualTo("-");
            assertThat(incomplete(first, enterpriseId)).isEqualTo(1);
        }

        try (ConfigurableApplicationContext second = start()) {
            assertThat(onList(second, bank, enterpriseId)).as("followed at start-up").isEmpty();
            assertThat(removalReason(second, enterpriseId)).isEqualTo("BELOW_MINIMUM");
            assertThat(incomplete(second, enterpriseId)).isZero();
        }
    }

    private ConfigurableApplicationContext start() {
        // arguments, not default properties: the tests' config/application.properties sets a throw-away database
        return new SpringApplicationBuilder(KerongApplication.class)
                .run("--server.port=0", "--kerong.embedded-db.data-dir=" + dataDir.toAbsolutePath());
    }

    private static PushFixture fixture(ConfigurableApplicationContext context) {
        return new PushFixture(context.getBean(JdbcClient.class), context,
                context.getBean(TransactionTemplate.class), context.getBean(RatingModels.class));
    }

    private static Optional<PushListEntry> onList(ConfigurableApplicationContext context, Member reader,
                                                  long enterpriseId) {
        return context.getBean(PushList.class).current(reader.actor(), null).stream()
                .filter(e -> e.enterpriseId() == enterpriseId).findFirst();
    }

    /** Why the enterprise's stay on the push list ended, "-" while it lasts. */
    private static String removalReason(ConfigurableApplicationContext context, long enterpriseId) {
        return context.getBean(JdbcClient.class)
                .sql("select coalesce(removal_reason, '-') from rating_push where enterprise_id = ?")
                .param(enterpriseId).query(String.class).single();
    }

    /** Publications of a grade change of the enterprise whose listener has not completed. */
    private static long incomplete(ConfigurableApplicationContext context, long enterpriseId) {
        return context.getBean(JdbcClient.class).sql("""
                        select count(*) from event_publication
                        where event_type = ? and completion_date is null
                          and cast(serialized_event as jsonb) ->> 'enterpriseId' = ?""")
                .params(RatingPublished.class.getName(), String.valueOf(enterpriseId)).query(Long.class).single();
    }
}
