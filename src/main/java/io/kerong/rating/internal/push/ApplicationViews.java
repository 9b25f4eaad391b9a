package io.kerong.rating.internal.push;

import io.kerong.identity.Actor;
import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationDirectory;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.Grade;
import io.kerong.rating.PushApplication;
import io.kerong.rating.PushApplication.PushStatus;
import io.kerong.rating.PushExclusion;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.internal.push.JdbcPushes.Push;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Shows applications to their reader: named, placed in their city, and — for the enterprise itself and the operator —
 * with their place on the push list and, off it, the reason. The community sees no grade: it reviews the project.
 */
@Component
class ApplicationViews {

    private final EnterprisePlaces places;
    private final OrganizationDirectory organizations;
    private final JdbcPushes pushes;
    private final RatingModels models;

    ApplicationViews(EnterprisePlaces places, OrganizationDirectory organizations, JdbcPushes pushes,
                     RatingModels models) {
        this.places = places;
        this.organizations = organizations;
        this.pushes = pushes;
        this.models = models;
    }

    EnterprisePlaces places() {
        return places;
    }

    EnterprisePlaces.Place place(long enterpriseId) {
        return places.of(enterpriseId).orElseThrow(Callers::notFound);
    }

    PushApplication of(Actor actor, ApplicationRow row) {
        return of(actor, List.of(row)).getFirst();
    }

    List<PushApplication> of(Actor actor, List<ApplicationRow> rows) {
        var named = places.of(rows.stream().map(ApplicationRow::enterpriseId).toList());
        boolean showPush = !actor.is(OrganizationType.INDUSTRY_COMMUNITY);
        Map<Long, List<Push>> stays = new HashMap<>();
        Map<Long, Grade> grades = Map.of();
        if (showPush) {
            pushes.ofApplications(rows.stream().map(ApplicationRow::id).toList())
                    .forEach(p -> stays.computeIfAbsent(p.applicationId(), id -> new java.util.ArrayList<>()).add(p));
            grades = pushes.latestGrades(rows.stream().map(ApplicationRow::enterpriseId).toList());
        }
        Map<Long, String> communities = new HashMap<>();
        Map<Long, Grade> latest = grades;
        RatingModel model = showPush ? models.current() : null;
        return rows.stream().map(row -> {
            EnterprisePlaces.Place place = named.get(row.enterpriseId());
            String community = communities.computeIfAbsent(row.communityId(),
                    id -> organizations.find(id).map(Organization::name).orElse(""));
            PushStatus push = showPush ? status(model, row, stays.getOrDefault(row.id(), List.of()),
                    latest.get(row.enterpriseId())) : null;
            return new PushApplication(row.id(), row.enterpriseId(), place.name(), place.uscc(), place.cityCode(),
                    place.cityName(), place.industry(), row.communityId(), community, row.project(), row.amount(),
                    row.purpose(), row.channel(), row.status(), row.submittedAt(), row.submittedBy(),
                    row.decisionReason(), row.decidedAt(), row.decidedBy(), row.withdrawnAt(), push);
        }).toList();
    }

    /** On the list with the stay's grade, or off it with the reason the rules give now (stays newest first). */
    private static PushStatus status(RatingModel model, ApplicationRow row, List<Push> stays, Grade latestGrade) {
        Optional<Push> last = stays.stream().findFirst();
        if (last.isPresent() && last.get().current()) {
            Push p = last.get();
            return new PushStatus(true, p.pushedAt(), p.grade(), p.modelVersion(), null);
        }
        PushExclusion reason = PushRules.check(model,
                new PushRules.Candidate(row.withdrawnAt() != null, row.decision(), latestGrade)).orElse(null);
        return new PushStatus(false, last.map(Push::pushedAt).orElse(null), last.map(Push::grade).orElse(null),
                last.map(Push::modelVersion).orElse(null), reason);
    }
}
