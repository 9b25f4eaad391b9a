package io.kerong.rating.internal.results;

import io.kerong.audit.AuditActor;
import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.Actor;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.Grade;
import io.kerong.rating.RatingModels;
import io.kerong.rating.RatingRun;
import io.kerong.rating.Score;
import io.kerong.rating.Scorer;
import io.kerong.rating.StoredRating;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enterprises' ratings: single ratings through {@link SingleRating}, runs through {@link RatingRuns}. */
@Service
class JdbcEnterpriseRatings implements EnterpriseRatings {

    static final String PLATFORM = AuditActor.SYSTEM.name();

    private final EnterpriseRegistry registry;
    private final SingleRating single;
    private final RatingRuns runs;
    private final ResultStore store;
    private final RatingModels models;
    private final Scorer scorer;
    private final Executor background;
    private final Clock clock;

    JdbcEnterpriseRatings(EnterpriseRegistry registry, SingleRating single, RatingRuns runs, ResultStore store,
                          RatingModels models, Scorer scorer, @Qualifier("ratingRunExecutor") Executor background,
                          Clock clock) {
        this.registry = registry;
        this.single = single;
        this.runs = runs;
        this.store = store;
        this.models = models;
        this.scorer = scorer;
        this.background = background;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StoredRating rate(Actor actor, long enterpriseId) {
        Enterprise enterprise = registry.details(actor, enterpriseId).enterprise();
        return single.rate(actor.toAuditActor(), enterpriseId, enterprise.organizationId(), LocalDate.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredRating> latest(long enterpriseId) {
        return store.latest(enterpriseId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredRating> history(long enterpriseId) {
        return store.history(enterpriseId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredRating> find(long ratingId) {
        return store.find(ratingId);
    }

    @Override
    public Score explain(StoredRating rating) {
        var model = models.version(rating.modelVersion()).orElseThrow(() -> new IllegalStateException(
                "rating model version " + rating.modelVersion() + " is missing"));
        return scorer.score(model, rating.inputs());
    }

    @Override
    public RatingRun rateAll(Actor actor, LocalDate asOf) {
        requireOperator(actor);
        RatingRun run = runs.start(actor.toAuditActor().name(), asOf);
        return runs.execute(run.id(), actor.toAuditActor());
    }

    @Override
    public RatingRun startRun(Actor actor, LocalDate asOf) {
        requireOperator(actor);
        RatingRun run = runs.start(actor.toAuditActor().name(), asOf);
        AuditActor who = actor.toAuditActor();
        background.execute(() -> runs.execute(run.id(), who));
        return run;
    }

    @Override
    public RatingRun rateAllAsPlatform(LocalDate asOf) {
        RatingRun run = runs.start(PLATFORM, asOf);
        return runs.execute(run.id(), AuditActor.SYSTEM);
    }

    @Override
    public List<RatingRun> runs(int limit) {
        return runs.recent(limit);
    }

    @Override
    public Optional<RatingRun> run(long runId) {
        return runs.find(runId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Grade, Long> gradeCounts() {
        return store.gradeCounts();
    }

    private static void requireOperator(Actor actor) {
        if (actor == null || !actor.isOperator()) {
            throw new AccessDeniedException("only the operator re-rates all enterprises");
        }
    }
}
