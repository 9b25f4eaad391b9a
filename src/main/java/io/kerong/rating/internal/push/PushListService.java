package io.kerong.rating.internal.push;

import io.kerong.identity.Actor;
import io.kerong.rating.Grade;
import io.kerong.rating.PushExclusion;
import io.kerong.rating.PushList;
import io.kerong.rating.PushListEntry;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.internal.push.JdbcPushes.Candidate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the push list in line with {@link PushRules}: every application that passes and is not on the list joins it
 * with its latest rating; every push whose application no longer passes leaves it with the reason. Refreshes queue on
 * a database lock, so a run's refresh and an endorsement's never interleave.
 */
@Service
class PushListService implements PushList {

    private static final long LOCK = 0x4B52_5055_5348L;

    private final JdbcPushes pushes;
    private final PushListQuery query;
    private final RatingModels models;
    private final PushAudit audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    PushListService(JdbcPushes pushes, PushListQuery query, RatingModels models, PushAudit audit, JdbcClient jdbc,
                    Clock clock) {
        this.pushes = pushes;
        this.query = query;
        this.models = models;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PushListEntry> current(Actor actor, Grade grade) {
        return query.current(actor, grade);
    }

    @Override
    @Transactional
    public int refresh() {
        lock();
        return apply(pushes.candidates());
    }

    @Override
    @Transactional
    public int refresh(long enterpriseId) {
        lock();
        return apply(pushes.candidates(enterpriseId));
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, i) -> 1).list();
    }

    /** Removals first: an enterprise that left under one application may join under its next one. */
    private int apply(List<Candidate> candidates) {
        RatingModel model = models.current();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<Candidate, Optional<PushExclusion>> verdicts = new LinkedHashMap<>();
        candidates.forEach(c -> verdicts.put(c, PushRules.check(model, c.forRules())));
        List<Candidate> joining = new ArrayList<>();
        int changes = 0;
        for (var verdict : verdicts.entrySet()) {
            Candidate c = verdict.getKey();
            if (verdict.getValue().isPresent() && c.pushId() != null) {
                remove(c, verdict.getValue().get(), model, now);
                changes++;
            } else if (verdict.getValue().isEmpty() && c.pushId() == null) {
                joining.add(c);
            }
        }
        for (Candidate c : joining) {
            long id = pushes.insert(c, now);
            audit.record(PushAudit.RULES, PushAudit.PUSH, id, c.enterpriseOrgId(), "push.added", null,
                    Map.of("enterpriseId", c.enterpriseId(), "applicationId", c.applicationId(),
                            "grade", c.grade(), "totalScore", c.totalScore(), "ratingId", c.ratingId(),
                            "modelVersion", c.modelVersion(), "minimumPushGrade", model.minimumPushGrade()));
        }
        return changes + joining.size();
    }

    private void remove(Candidate c, PushExclusion reason, RatingModel model, OffsetDateTime now) {
        pushes.remove(c.pushId(), reason, now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterpriseId", c.enterpriseId());
        after.put("reason", reason);
        after.put("grade", c.grade());
        after.put("minimumPushGrade", model.minimumPushGrade());
        after.put("modelVersion", model.version());
        audit.record(PushAudit.RULES, PushAudit.PUSH, c.pushId(), c.enterpriseOrgId(), "push.removed",
                Map.of("onList", true), after);
    }
}
