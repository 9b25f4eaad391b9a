package io.kerong.rating;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.UserRole;
import io.kerong.shared.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organizations, enterprises and ratings for the financing-push tests, written straight into the tables. A rating is
 * stored the way the rating service stores one (a {@code rating_result} row, {@code rating_latest} pointing at it)
 * and announced with {@link RatingPublished} after commit when the grade changed, as that service does.
 */
public final class PushFixture {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final RatingModels models;
    private final String run = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    private int serial;

    public PushFixture(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate tx, RatingModels models) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
        this.models = models;
    }

    /** A platform member: the actor for service calls and the user name for MockMvc. */
    public record Member(Actor actor, String username) {

        public long organizationId() {
            return actor.organizationId();
        }
    }

    /** A registered enterprise: its registry id and its admin. */
    public record Company(long id, String name, String uscc, Member member, String division) {

        public Actor actor() {
            return member.actor();
        }
    }

    public Member member(OrganizationType type, String name) {
        String orgName = name + run + "-" + (++serial);
        long org = jdbc.sql("""
                        insert into identity_organization (type, name, status, created_at)
                        values (?, ?, 'ACTIVE', now()) returning id""")
                .params(type.name(), orgName).query(Long.class).single();
        String username = "push-" + run + "-" + serial;
        long user = jdbc.sql("""
                        insert into identity_user (organization_id, username, display_name, password_hash, roles,
                            created_at)
                        values (?, ?, ?, '{noop}x', '{ORG_ADMIN}', now()) returning id""")
                .params(org, username, username).query(Long.class).single();
        return new Member(new Actor(user, username, username, org, type, orgName, Set.of(UserRole.ORG_ADMIN)),
                username);
    }

    /** A registered enterprise in the division (a county code such as 370112) and industry section. */
    public Company company(String division, String section) {
        Member member = member(OrganizationType.ENTERPRISE, "推送测试企业");
        long id = enterprise(division, section, member.organizationId());
        var row = jdbc.sql("select name, uscc from enterprise where id = ?").param(id).query().singleRow();
        return new Company(id, (String) row.get("name"), (String) row.get("uscc"), member, division);
    }

    /** An enterprise the operator imported, with no platform organization. */
    public long unregistered(String division, String section) {
        return enterprise(division, section, null);
    }

    /** Stores a rating and, when the grade changed, announces it after commit as the rating service does. */
    public void rate(long enterpriseId, Grade grade, String score) {
        tx.executeWithoutResult(status -> {
            Grade before = store(enterpriseId, grade, score);
            if (before != grade) {
                events.publishEvent(new RatingPublished(enterpriseId, models.current().version(), grade, before));
            }
        });
    }

    /**
     * Stores and announces a rating as {@link #rate} does, but the platform stops right after the commit, before any
     * listener ran: the first step after the commit drops every callback registered with the transaction (the
     * after-commit listeners run from those), so the committed rating and its event publication stay in the database
     * and nothing follows them.
     */
    public void rateAndStopBeforeListeners(long enterpriseId, Grade grade, String score) {
        tx.executeWithoutResult(status -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }

                @Override
                public void afterCommit() {
                    TransactionSynchronizationManager.clearSynchronization();
                    TransactionSynchronizationManager.initSynchronization();
                }
            });
            Grade before = store(enterpriseId, grade, score);
            events.publishEvent(new RatingPublished(enterpriseId, models.current().version(), grade, before));
        });
    }

    /** Stores a rating without announcing it, as a run of all enterprises does before {@link RatingRunCompleted}. */
    public void rateInRun(long enterpriseId, Grade grade, String score) {
        tx.executeWithoutResult(status -> store(enterpriseId, grade, score));
    }

    private Grade store(long enterpriseId, Grade grade, String score) {
        RatingModel model = models.current();
        GradeBand band = model.band(grade).orElseThrow();
        Grade before = jdbc.sql("select grade from rating_latest where enterprise_id = ?").param(enterpriseId)
                .query(String.class).optional().map(g -> Grade.valueOf(g.strip())).orElse(null);
        long ratingId = jdbc.sql("""
                        insert into rating_result (enterprise_id, model_version, as_of, rated_at, trigger, total_score,
                            grade, previous_grade, credit_min, credit_max, completeness, dimension_scores,
                            inputs, inputs_hash)
                        values (?, ?, current_date, now(), 'ON_DEMAND', ?, ?, ?, ?, ?, 1, '{0,0,0,0}', '',
                            decode('00', 'hex'))
                        returning id""")
                .params(enterpriseId, model.version(), new BigDecimal(score), grade.name(),
                        before == null ? null : before.name(), band.creditLineMin(), band.creditLineMax())
                .query(Long.class).single();
        jdbc.sql("""
                        insert into rating_latest (enterprise_id, rating_id, grade, total_score, model_version, as_of,
                            rated_at, inputs_hash)
                        values (?, ?, ?, ?, ?, current_date, now(), decode('00', 'hex'))
                        on conflict (enterprise_id) do update set rating_id = excluded.rating_id,
                            grade = excluded.grade, total_score = excluded.total_score,
                            model_version = excluded.model_version, rated_at = excluded.rated_at""")
                .params(enterpriseId, ratingId, grade.name(), new BigDecimal(score), model.version())
                .update();
        return before;
    }

    private long enterprise(String division, String section, Long organizationId) {
        String uscc = UnifiedSocialCreditCode.assemble("91", division, "P" + run + String.format("%03d", ++serial % 1000));
        return jdbc.sql("""
                        insert into enterprise (uscc, name, division_code, industry_section, organization_id,
                            created_at, updated_at)
                        values (?, ?, ?, ?, ?, now(), now()) returning id""")
                .params(uscc, "推送测试" + uscc + "科技有限公司", division, section, organizationId)
                .query(Long.class).single();
    }
}
