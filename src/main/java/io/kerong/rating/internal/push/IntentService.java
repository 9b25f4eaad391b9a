package io.kerong.rating.internal.push;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.CreditIntent;
import io.kerong.rating.CreditIntents;
import io.kerong.rating.internal.push.JdbcPushes.Push;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Banks' credit intents. A bank marks one only on an enterprise on the push list whose consent stands, by the one rule
 * the list and the report's ground use ({@link JdbcPushes#consented}; any other enterprise is unknown to it), and
 * changes it only while that lasts; it may withdraw it at any time. Another bank's intent is absent.
 */
@Service
class IntentService implements CreditIntents {

    private final JdbcIntents intents;
    private final JdbcPushes pushes;
    private final IntentViews views;
    private final EnterprisePlaces places;
    private final Callers callers;
    private final PushAudit audit;
    private final Clock clock;

    IntentService(JdbcIntents intents, JdbcPushes pushes, IntentViews views, EnterprisePlaces places,
                  Callers callers, PushAudit audit, Clock clock) {
        this.intents = intents;
        this.pushes = pushes;
        this.views = views;
        this.places = places;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CreditIntent mark(Actor actor, long enterpriseId, BigDecimal amount, String note) {
        Callers.require(actor, OrganizationType.BANK);
        Push push = pushes.consented(enterpriseId).orElseThrow(Callers::notFound);
        PushChecks.intent(amount, note);
        intents.standing(enterpriseId, actor.organizationId()).ifPresent(existing -> PushChecks.failIfAny(List.of(
                Violation.of("enterpriseId", "ratingpush.intent.exists", existing.id()))));
        long id = intents.insert(push.id(), enterpriseId, actor.organizationId(), PushChecks.yuan(amount),
                PushChecks.clean(note), now(), actor.username());
        IntentRow after = intents.find(id).orElseThrow();
        record(actor, after, "credit-intent.marked", null);
        return views.of(after);
    }

    @Override
    @Transactional
    public CreditIntent update(Actor actor, long intentId, BigDecimal amount, String note) {
        IntentRow before = own(actor, intentId);
        PushChecks.intent(amount, note);
        if (!before.standing()) {
            PushChecks.failIfAny(List.of(Violation.of("status", "ratingpush.intent.withdrawn")));
        }
        if (pushes.consented(before.enterpriseId()).isEmpty()) {
            PushChecks.failIfAny(List.of(Violation.of("enterpriseId", "ratingpush.intent.notOnList")));
        }
        intents.update(intentId, PushChecks.yuan(amount), PushChecks.clean(note), now(), actor.username());
        IntentRow after = intents.find(intentId).orElseThrow();
        record(actor, after, "credit-intent.updated", before);
        return views.of(after);
    }

    @Override
    @Transactional
    public CreditIntent withdraw(Actor actor, long intentId) {
        IntentRow before = own(actor, intentId);
        if (!before.standing()) {
            PushChecks.failIfAny(List.of(Violation.of("status", "ratingpush.intent.withdrawn")));
        }
        intents.withdraw(intentId, now(), actor.username());
        IntentRow after = intents.find(intentId).orElseThrow();
        record(actor, after, "credit-intent.withdrawn", before);
        return views.of(after);
    }

    @Override
    public List<CreditIntent> list(Actor actor) {
        Callers.require(actor, OrganizationType.BANK, OrganizationType.ENTERPRISE, OrganizationType.OPERATOR);
        return views.of(switch (actor.organizationType()) {
            case BANK -> intents.ofBank(actor.organizationId());
            case ENTERPRISE -> intents.ofEnterprise(callers.enterpriseOf(actor));
            default -> intents.all();
        });
    }

    @Override
    public CreditIntent find(Actor actor, long intentId) {
        Callers.require(actor, OrganizationType.BANK, OrganizationType.ENTERPRISE, OrganizationType.OPERATOR);
        IntentRow row = intents.find(intentId).orElseThrow(Callers::notFound);
        boolean visible = switch (actor.organizationType()) {
            case BANK -> row.bankId() == actor.organizationId();
            case ENTERPRISE -> row.enterpriseId() == callers.enterpriseOf(actor);
            default -> true;
        };
        if (!visible) {
            throw Callers.notFound();
        }
        return views.of(row);
    }

    /** The calling bank's own intent, locked; another bank's is absent. */
    private IntentRow own(Actor actor, long intentId) {
        Callers.require(actor, OrganizationType.BANK);
        return intents.lock(intentId).filter(row -> row.bankId() == actor.organizationId())
                .orElseThrow(Callers::notFound);
    }

    private void record(Actor actor, IntentRow after, String action, IntentRow before) {
        Long enterpriseOrg = places.of(after.enterpriseId()).map(EnterprisePlaces.Place::organizationId).orElse(null);
        audit.record(actor.toAuditActor(), PushAudit.INTENT, after.id(), enterpriseOrg, action,
                before == null ? null : snapshot(before), snapshot(after));
    }

    private static Map<String, Object> snapshot(IntentRow row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("enterpriseId", row.enterpriseId());
        map.put("bankId", row.bankId());
        map.put("amount", row.amount());
        map.put("note", row.note());
        map.put("standing", row.standing());
        map.put("seenRatingId", row.seenRatingId());
        return map;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
