package io.kerong.rating.internal.push;

import io.kerong.identity.Actor;
import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationDirectory;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.PushFunnel;
import io.kerong.rating.PushFunnelFigures;
import io.kerong.rating.PushFunnelFigures.Group;
import io.kerong.rating.PushFunnelFigures.Stages;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funnel, counted per application in one read: each application's steps come from the tables, then they are
 * summed overall, per community and per city of the enterprise.
 */
@Service
class FunnelService implements PushFunnel {

    private static final String STEPS = """
            select a.id, a.enterprise_id, a.community_id, a.decision = 'ENDORSED' as endorsed,
                   a.decision is null and a.withdrawn_at is null as pending, a.decision = 'REJECTED' as rejected,
                   exists (select 1 from rating_push p where p.application_id = a.id) as pushed,
                   exists (select 1 from rating_credit_intent i join rating_push p on p.id = i.push_id
                           where p.application_id = a.id and i.withdrawn_at is null) as with_intent
            from rating_push_application a""";

    private final JdbcClient jdbc;
    private final EnterprisePlaces places;
    private final OrganizationDirectory organizations;
    private final RatingModels models;

    FunnelService(JdbcClient jdbc, EnterprisePlaces places, OrganizationDirectory organizations,
                  RatingModels models) {
        this.jdbc = jdbc;
        this.places = places;
        this.organizations = organizations;
        this.models = models;
    }

    /** One application's steps. */
    private record Steps(long enterpriseId, long communityId, boolean endorsed, boolean pending, boolean rejected,
                         boolean pushed, boolean withIntent) {
    }

    @Override
    @Transactional(readOnly = true)
    public PushFunnelFigures figures(Actor actor) {
        Callers.require(actor, OrganizationType.OPERATOR);
        List<Steps> steps = jdbc.sql(STEPS).query((rs, i) -> new Steps(rs.getLong("enterprise_id"),
                rs.getLong("community_id"), rs.getBoolean("endorsed"), rs.getBoolean("pending"),
                rs.getBoolean("rejected"), rs.getBoolean("pushed"), rs.getBoolean("with_intent"))).list();
        var placed = places.of(steps.stream().map(Steps::enterpriseId).toList());
        Map<String, String> cityNames = new HashMap<>();
        placed.values().forEach(p -> cityNames.putIfAbsent(p.cityCode(), p.cityName()));
        RatingModel model = models.current();
        BigDecimal amount = jdbc.sql("select coalesce(sum(amount), 0) from rating_credit_intent where withdrawn_at is null")
                .query(BigDecimal.class).single();
        long banks = jdbc.sql("select count(distinct bank_id) from rating_credit_intent where withdrawn_at is null")
                .query(Long.class).single();
        long onList = jdbc.sql("select count(*) from rating_push where removed_at is null").query(Long.class).single();
        return new PushFunnelFigures(model.version(), model.minimumPushGrade(), model.endorsementRequired(),
                stages(steps),
                groups(steps, s -> String.valueOf(s.communityId()), key -> organizations.find(Long.parseLong(key))
                        .map(Organization::name).orElse(key)),
                groups(steps, s -> placed.get(s.enterpriseId()).cityCode(), key -> cityNames.getOrDefault(key, key)),
                onList, steps.stream().filter(Steps::rejected).count(), steps.stream().filter(Steps::pending).count(),
                amount.setScale(2), banks);
    }

    /** Groups by key, largest number of applications first, then by key. */
    private static List<Group> groups(List<Steps> steps, Function<Steps, String> key, Function<String, String> name) {
        Map<String, List<Steps>> byKey = new LinkedHashMap<>();
        steps.forEach(s -> byKey.computeIfAbsent(key.apply(s), k -> new java.util.ArrayList<>()).add(s));
        return byKey.entrySet().stream()
                .map(e -> new Group(e.getKey(), name.apply(e.getKey()), stages(e.getValue())))
                .sorted(Comparator.comparingLong((Group g) -> -g.stages().applied()).thenComparing(Group::key))
                .toList();
    }

    private static Stages stages(List<Steps> steps) {
        return new Stages(steps.size(), steps.stream().filter(Steps::endorsed).count(),
                steps.stream().filter(Steps::pushed).count(), steps.stream().filter(Steps::withIntent).count());
    }
}
