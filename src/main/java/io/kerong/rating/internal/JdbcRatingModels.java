package io.kerong.rating.internal;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.identity.Actor;
import io.kerong.rating.ModelStatus;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModelPublished;
import io.kerong.rating.RatingModels;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rating models in PostgreSQL. Published and retired definitions never change, so they are kept in memory once
 * read (the scorer then reuses its compiled form). Only the operator changes models.
 */
@Service
class JdbcRatingModels implements RatingModels {

    static final String SUBJECT = "rating.model";

    private final ModelStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ModelValidator validator = new ModelValidator();
    private final Map<Long, RatingModel> frozen = new ConcurrentHashMap<>();

    JdbcRatingModels(ModelStore store, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public RatingModel current() {
        return store.publishedHead().map(this::load)
                .orElseThrow(() -> new IllegalStateException("no published rating model"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RatingModel> version(int version) {
        return store.head(version).map(this::load);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RatingModel> all() {
        return store.all();
    }

    @Override
    @Transactional
    public RatingModel createDraft(Actor actor, int fromVersion) {
        requireOperator(actor);
        store.lock();
        RatingModel source = store.byVersion(fromVersion).orElseThrow(() -> new InvalidInputException(
                Violation.of("fromVersion", "rating.model.versionNotFound", fromVersion)));
        RatingModel draft = source.as(0, store.nextVersion(), ModelStatus.DRAFT, null);
        long id = store.insert(draft, actor.toAuditActor().name(), OffsetDateTime.now(clock));
        RatingModel created = store.byId(id).orElseThrow();
        record(actor.toAuditActor(), created, "draft-created", null, Map.of("fromVersion", fromVersion));
        return created;
    }

    @Override
    @Transactional
    public RatingModel saveDraft(Actor actor, RatingModel draft) {
        requireOperator(actor);
        RatingModel stored = draftById(draft.id());
        RatingModel changed = draft.as(stored.id(), stored.version(), ModelStatus.DRAFT, null);
        validator.validate(changed);
        store.updateDraft(changed);
        record(actor.toAuditActor(), changed, "draft-saved", ModelDefinition.of(stored), ModelDefinition.of(changed));
        return store.byId(stored.id()).orElseThrow();
    }

    @Override
    @Transactional
    public RatingModel publish(Actor actor, long draftId) {
        requireOperator(actor);
        store.lock();
        RatingModel draft = draftById(draftId);
        validator.validate(draft);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<RatingModel> previous = store.published();
        previous.ifPresent(old -> {
            store.retire(old.id(), now);
            record(actor.toAuditActor(), old, "retired", Map.of("status", "PUBLISHED"), Map.of("status", "RETIRED"));
        });
        store.publish(draftId, now);
        record(actor.toAuditActor(), draft, "published", Map.of("status", "DRAFT"), Map.of("status", "PUBLISHED"));
        events.publishEvent(new RatingModelPublished(draft.version(), previous.map(RatingModel::version).orElse(0)));
        return store.byId(draftId).orElseThrow();
    }

    /** Installs a model as the first published version (start-up only; see {@link DefaultModelInstaller}). */
    RatingModel installFirst(RatingModel model) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        RatingModel first = model.as(0, 1, ModelStatus.PUBLISHED, now);
        validator.validate(first);
        long id = store.insert(first, AuditActor.SYSTEM.name(), now);
        RatingModel installed = store.byId(id).orElseThrow();
        record(AuditActor.SYSTEM, installed, "default-installed", null, Map.of("version", 1, "name", model.name()));
        return installed;
    }

    private RatingModel draftById(long id) {
        RatingModel model = store.byId(id).orElseThrow(() -> new InvalidInputException(
                Violation.of("id", "rating.model.idNotFound", id)));
        if (model.status() != ModelStatus.DRAFT) {
            throw new InvalidInputException(Violation.of("id", "rating.model.notDraft", model.version(),
                    model.status().name()));
        }
        return model;
    }

    /**
     * The same instance as long as the model's status is unchanged: a published or retired definition never changes,
     * and the scorer keeps its compiled form per instance. Drafts are always read afresh.
     */
    private RatingModel load(ModelStore.Head head) {
        RatingModel known = frozen.get(head.id());
        if (known != null && known.status() == head.status()) {
            return known;
        }
        RatingModel model = store.byId(head.id()).orElseThrow();
        if (model.status() != ModelStatus.DRAFT) {
            frozen.put(model.id(), model);
        }
        return model;
    }

    private void record(AuditActor actor, RatingModel model, String action, Object before, Object after) {
        audit.record(new AuditRecord(actor, SUBJECT, String.valueOf(model.version()), null, action, before, after));
    }

    private static void requireOperator(Actor actor) {
        if (actor == null || !actor.isOperator()) {
            throw new AccessDeniedException("only the operator changes rating models");
        }
    }
}
