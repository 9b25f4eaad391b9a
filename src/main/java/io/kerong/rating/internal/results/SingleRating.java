package io.kerong.rating.internal.results;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.rating.IndicatorData;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.RatingPublished;
import io.kerong.rating.Score;
import io.kerong.rating.Scorer;
import io.kerong.rating.StoredRating;
import io.kerong.rating.StoredRating.Trigger;
import io.kerong.rating.internal.EnterpriseLocks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rates one enterprise with the published model and stores the result (a user asked for it), unless the enterprise's
 * latest rating was made as of the same day with the same model version and the same inputs: that rating is the
 * answer, and twenty clicks on 立即评价 store one rating, not twenty identical ones. Ratings of one enterprise queue on
 * a per-enterprise lock (the first rating has no row to lock), so the check sees the rating stored just before and
 * previous grades chain correctly. A grade change is audited and published as {@link RatingPublished}.
 */
@Component
class SingleRating {

    static final String SUBJECT = "rating.enterprise";

    private final IndicatorData data;
    private final RatingModels models;
    private final Scorer scorer;
    private final ResultStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EnterpriseLocks locks;

    SingleRating(IndicatorData data, RatingModels models, Scorer scorer, ResultStore store, AuditTrail audit,
                 ApplicationEventPublisher events, Clock clock, EnterpriseLocks locks) {
        this.data = data;
        this.models = models;
        this.scorer = scorer;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.locks = locks;
    }

    /** @param organizationId the enterprise's platform organization (null before it registered), for the audit */
    @Transactional(propagation = Propagation.MANDATORY)
    StoredRating rate(AuditActor who, long enterpriseId, Long organizationId, LocalDate asOf) {
        locks.lock(EnterpriseLocks.Purpose.RATING, enterpriseId);
        RatingModel model = models.current();
        var latest = store.latestForUpdate(enterpriseId);
        Map<String, IndicatorValue> values = data.latest(enterpriseId, asOf);
        RatingInputs inputs = RatingInputs.of(model, values);
        byte[] hash = inputs.hash();
        var same = store.identicalLatest(enterpriseId, model.version(), asOf, hash);
        if (same.isPresent()) {
            return store.find(same.get()).orElseThrow();
        }
        Score score = scorer.score(model, values);
        NewResult result = new NewResult(enterpriseId, asOf, OffsetDateTime.now(clock), Trigger.ON_DEMAND, null, score,
                latest.map(ResultStore.Latest::grade).orElse(null), inputs, hash);
        long id = store.insert(result);
        store.upsertLatest(id, result);
        if (result.gradeChanged()) {
            audit.record(new AuditRecord(who, SUBJECT, String.valueOf(enterpriseId), organizationId, "grade-changed",
                    result.previousGrade() == null ? null : Map.of("grade", result.previousGrade().name()),
                    after(id, score)));
            events.publishEvent(new RatingPublished(enterpriseId, model.version(), score.grade(),
                    result.previousGrade()));
        }
        return store.find(id).orElseThrow();
    }

    private static Map<String, Object> after(long ratingId, Score score) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("grade", score.grade().name());
        after.put("totalScore", score.totalScore());
        after.put("modelVersion", score.modelVersion());
        after.put("ratingId", ratingId);
        after.put("knockOuts", score.knockOuts());
        return after;
    }
}
