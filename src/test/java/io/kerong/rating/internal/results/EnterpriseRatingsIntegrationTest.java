package io.kerong.rating.internal.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditEntry;
import io.kerong.audit.AuditTrail;
import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.Actor;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.Grade;
import io.kerong.rating.RatingDataFixture;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.RatingPublished;
import io.kerong.rating.RatingRun;
import io.kerong.rating.RatingRunCompleted;
import io.kerong.rating.Score;
import io.kerong.rating.StoredRating;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Stored ratings on PostgreSQL: kept with their inputs, explained again from them, history, as-of days and runs. */
@SpringBootTest
@RecordApplicationEvents
class EnterpriseRatingsIntegrationTest {

    private static final Actor OPERATOR = EnterpriseFixture.operator();

    @Autowired EnterpriseRatings ratings;
    @Autowired SingleRating single;
    @Autowired EnterpriseRegistry registry;
    @Autowired DepartmentData data;
    @Autowired RatingModels models;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;
    @Autowired ApplicationEvents events;

    RatingModel model;
    LocalDate today;
    EnterpriseFixture fixture;
    long enterpriseId;

    @BeforeEach
    void aWellDocumentedEnterprise() {
        model = models.current();
        today = LocalDate.now(clock);
        fixture = EnterpriseFixture.chengduSoftwareCompany();
        enterpriseId = fixture.importedBy(registry).id();
        RatingDataFixture.best(model, fixture.uscc(), today).deliver(data, OPERATOR);
    }

    @Test
    void aRatingIsStoredWithItsInputsAndReadBack() {
        StoredRating rated = ratings.rate(OPERATOR, enterpriseId);

        assertThat(rated.enterpriseId()).isEqualTo(enterpriseId);
        assertThat(rated.modelVersion()).isEqualTo(model.version());
        assertThat(rated.asOf()).isEqualTo(today);
        assertThat(rated.trigger()).isEqualTo(StoredRating.Trigger.ON_DEMAND);
        assertThat(rated.previousGrade()).isNull();
        assertThat(rated.gradeChanged()).isTrue();
        assertThat(rated.inputs()).containsKeys("TAX_CREDIT_GRADE", "RD_RATIO", "COURT_DISHONEST");
        assertThat(rated.inputs().keySet()).allSatisfy(code -> assertThat(model.indicator(code)).isPresent());
        assertThat(rated.inputs().get("TAX_CREDIT_GRADE").text()).isEqualTo("A");
        assertThat(ratings.latest(enterpriseId)).contains(rated);
        assertThat(ratings.find(rated.id())).contains(rated);
        assertThat(ratings.history(enterpriseId)).containsExactly(rated);
        assertThat(jdbc.sql("select grade from rating_latest where enterprise_id = ?").param(enterpriseId)
                .query(String.class).single()).isEqualTo(rated.grade().name());
    }

    @Test
    void recomputingAStoredRatingGivesTheSameTotalGradeAndDimensions() {
        RatingDataFixture.none(model, fixture.uscc(), today).with("TAX_CREDIT_GRADE", "C").deliver(data, OPERATOR);
        StoredRating stored = ratings.rate(OPERATOR, enterpriseId);

        Score again = ratings.explain(ratings.find(stored.id()).orElseThrow());

        assertThat(again.modelVersion()).isEqualTo(stored.modelVersion());
        assertThat(again.totalScore()).isEqualTo(stored.totalScore());
        assertThat(again.grade()).isEqualTo(stored.grade());
        assertThat(again.dimensions()).isEqualTo(stored.dimensions());
        // money is stored with scale 2; the model states whole yuan
        assertThat(again.creditLine().min()).isEqualByComparingTo(stored.creditLine().min());
        assertThat(again.creditLine().max()).isEqualByComparingTo(stored.creditLine().max());
        assertThat(again.knockOuts()).isEqualTo(stored.knockOuts());
        assertThat(again.completeness()).isEqualTo(stored.completeness());
        assertThat(again.reasons()).extracting(r -> r.indicator()).contains("TAX_CREDIT_GRADE");
    }

    @Test
    void historyKeepsTheOldGradeAfterNewDataAndTheChangeIsAuditedAndPublished() {
        StoredRating before = ratings.rate(OPERATOR, enterpriseId);
        assertThat(before.grade()).isNotEqualTo(Grade.D);

        RatingDataFixture.none(model, fixture.uscc(), today).with("COURT_DISHONEST", "是").deliver(data, OPERATOR);
        StoredRating after = ratings.rate(OPERATOR, enterpriseId);

        assertThat(after.grade()).isEqualTo(Grade.D);
        assertThat(after.knockOuts()).contains("KO_COURT_DISHONEST");
        assertThat(after.previousGrade()).isEqualTo(before.grade());
        assertThat(ratings.history(enterpriseId)).containsExactly(after, before);
        assertThat(ratings.latest(enterpriseId)).contains(after);
        assertThat(ratings.explain(before).grade()).isEqualTo(before.grade());
        List<AuditEntry> entries = audit.forSubject(SingleRating.SUBJECT, String.valueOf(enterpriseId), 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("grade-changed", "grade-changed");
        assertThat(events.stream(RatingPublished.class).filter(e -> e.enterpriseId() == enterpriseId))
                .containsExactly(new RatingPublished(enterpriseId, model.version(), before.grade(), null),
                        new RatingPublished(enterpriseId, model.version(), Grade.D, before.grade()));
    }

    @Test
    void aRatingAsOfADayUsesOnlyTheDataReceivedByThatDay() {
        jdbc.sql("update rating_indicator_value set received_at = received_at - interval '10 days' "
                + "where enterprise_id = ?").param(enterpriseId).update();
        RatingDataFixture.none(model, fixture.uscc(), today).with("COURT_DISHONEST", "是").deliver(data, OPERATOR);

        StoredRating lastWeek = transaction.execute(status ->
                single.rate(AuditActor.SYSTEM, enterpriseId, null, today.minusDays(7)));
        StoredRating now = transaction.execute(status ->
                single.rate(AuditActor.SYSTEM, enterpriseId, null, today));

        assertThat(lastWeek.asOf()).isEqualTo(today.minusDays(7));
        assertThat(lastWeek.inputs().get("COURT_DISHONEST").number()).isZero();
        assertThat(lastWeek.knockOuts()).isEmpty();
        assertThat(now.inputs().get("COURT_DISHONEST").number()).isOne();
        assertThat(now.grade()).isEqualTo(Grade.D);
    }

    @Test
    void onlyTheEnterpriseItselfAndTheOperatorMayRateIt() {
        EnterpriseFixture.Registered other = EnterpriseFixture.chengduSoftwareCompany()
                .registeredBy(registry, jdbc, EnterpriseFixture.unique("rating-other-"));

        assertThatThrownBy(() -> ratings.rate(other.actor(), enterpriseId))
                .isInstanceOf(EnterpriseNotFoundException.class);
        assertThat(ratings.rate(other.actor(), other.enterpriseId()).enterpriseId()).isEqualTo(other.enterpriseId());
        assertThatThrownBy(() -> ratings.rateAll(other.actor(), today)).isInstanceOf(AccessDeniedException.class);
        assertThat(ratings.latest(enterpriseId)).isEmpty();
    }

    @Test
    void aRunRatesEveryEnterpriseAndTheNextRunStoresOnlyWhatChanged() {
        RatingRun first = ratings.rateAll(OPERATOR, today);
        long enterprises = jdbc.sql("select count(*) from enterprise").query(Long.class).single();

        assertThat(first.status()).isEqualTo(RatingRun.Status.COMPLETED);
        assertThat(first.rated()).isEqualTo(enterprises);
        assertThat(first.finishedAt()).isNotNull();
        StoredRating batch = ratings.latest(enterpriseId).orElseThrow();
        assertThat(batch.trigger()).isEqualTo(StoredRating.Trigger.BATCH);
        assertThat(ratings.explain(batch).totalScore()).isEqualTo(batch.totalScore());
        assertThat(jdbc.sql("select count(*) from rating_latest").query(Long.class).single()).isEqualTo(enterprises);

        RatingDataFixture.none(model, fixture.uscc(), today).with("COURT_DISHONEST", "是").deliver(data, OPERATOR);
        RatingRun second = ratings.rateAll(OPERATOR, today);

        assertThat(second.rated()).isEqualTo(enterprises);
        assertThat(second.unchanged()).isEqualTo(enterprises - 1);
        assertThat(second.gradeChanged()).isEqualTo(1);
        assertThat(ratings.history(enterpriseId)).extracting(StoredRating::grade)
                .containsExactly(Grade.D, batch.grade());
        assertThat(ratings.latest(enterpriseId).orElseThrow().previousGrade()).isEqualTo(batch.grade());
        assertThat(ratings.runs(2)).extracting(RatingRun::id).containsExactly(second.id(), first.id());
        assertThat(audit.forSubject(RatingRuns.SUBJECT, String.valueOf(second.id()), 10)).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("completed"));
        assertThat(events.stream(RatingRunCompleted.class))
                .contains(new RatingRunCompleted(second.id(), model.version(), (int) enterprises, 1));
        assertThat(ratings.gradeCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(enterprises);
    }
}
