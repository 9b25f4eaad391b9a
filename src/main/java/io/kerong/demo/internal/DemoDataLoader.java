package io.kerong.demo.internal;

import io.kerong.rating.EnterpriseRatings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 演示数据: on the first start of an empty database (no organization at all), fills it with the demo organizations,
 * about 200 enterprises and one account for every role, all in one transaction. Runs before the operator bootstrap,
 * which then finds the demo operator and creates no other. Once committed, every demo enterprise is rated (a run by the
 * platform), so that a new user sees grades at once; then the demo banks mark credit intents on the enterprises the
 * grades put on the financing push list. Switched on by {@code kerong.demo.enabled}.
 */
@Component
@ConditionalOnBooleanProperty("kerong.demo.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Nodes starting together against one empty database load the demo once. */
    private static final long LOCK = 0x4B4552_44454D4FL;

    private final DemoPopulation population;
    private final DemoOrganizations organizations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EnterpriseRatings ratings;
    private final DemoFinancingPush push;
    private final Clock clock;

    DemoDataLoader(DemoPopulation population, DemoOrganizations organizations, JdbcClient jdbc,
                   TransactionTemplate transaction, EnterpriseRatings ratings, DemoFinancingPush push, Clock clock) {
        this.population = population;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.ratings = ratings;
        this.push = push;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** The accounts created, or an empty list when the database already had organizations. */
    List<DemoAccount> load() {
        long started = System.nanoTime();
        DemoPopulation.Populated populated = transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, i) -> 1).list();
            return organizations.anyOrganization() ? DemoPopulation.Populated.NOTHING : population.populate();
        });
        List<DemoAccount> accounts = populated.accounts();
        if (!accounts.isEmpty()) {
            // after the commit: the run reads and writes on connections of its own
            ratings.rateAllAsPlatform(LocalDate.now(clock));
            // banks mark credit intents on the enterprises the grades put on the push list
            int intents = transaction.execute(status -> push.markIntents(populated.intents()));
            log.info("Demo credit intents marked: {}", intents);
            logAccounts(accounts, (System.nanoTime() - started) / 1_000_000);
        }
        return accounts;
    }

    private static void logAccounts(List<DemoAccount> accounts, long millis) {
        StringBuilder table = new StringBuilder();
        for (DemoAccount a : accounts) {
            table.append("%n  %-12s %-18s %s%s".formatted(a.username(), a.type(), a.organizationName(),
                    a.pending() ? " (PENDING approval)" : ""));
        }
        log.info("Demo data loaded in {} ms. Demo accounts, password {}:{}", millis, DemoCatalog.PASSWORD, table);
    }
}
