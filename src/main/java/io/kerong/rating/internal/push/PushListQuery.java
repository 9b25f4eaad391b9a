package io.kerong.rating.internal.push;

import io.kerong.identity.Actor;
import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationDirectory;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.CreditIntent;
import io.kerong.rating.CreditLine;
import io.kerong.rating.Grade;
import io.kerong.rating.PushListEntry;
import io.kerong.shared.Timestamps;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the push list with each enterprise's latest rating, its financing need and the calling bank's own intent. */
@Component
class PushListQuery {

    private static final String CURRENT = """
            select p.id as push_id, p.enterprise_id, p.pushed_at, p.grade as pushed_grade,
                   p.model_version as pushed_model_version, p.application_id, a.community_id, a.project, a.amount,
                   a.purpose, r.grade, r.total_score, r.credit_min, r.credit_max, r.model_version, r.rated_at
            from rating_push p
            join rating_push_application a on a.id = p.application_id
            join rating_latest l on l.enterprise_id = p.enterprise_id
            join rating_result r on r.id = l.rating_id
            where\s""" + JdbcPushes.CONSENTED + """
             and (cast(:grade as text) is null or r.grade = :grade)
            order by r.grade, r.total_score desc, p.id""";

    private final JdbcClient jdbc;
    private final EnterprisePlaces places;
    private final OrganizationDirectory organizations;
    private final JdbcIntents intents;

    PushListQuery(JdbcClient jdbc, EnterprisePlaces places, OrganizationDirectory organizations,
                  JdbcIntents intents) {
        this.jdbc = jdbc;
        this.places = places;
        this.organizations = organizations;
        this.intents = intents;
    }

    /** Stored columns of one row, before names and intents are added. */
    private record Row(long pushId, long enterpriseId, OffsetDateTime pushedAt, Grade pushedGrade,
                       int pushedModelVersion, long applicationId, long communityId, String project,
                       BigDecimal amount, String purpose, Grade grade, BigDecimal totalScore, CreditLine creditLine,
                       int modelVersion, OffsetDateTime ratedAt) {
    }

    List<PushListEntry> current(Actor actor, Grade grade) {
        Callers.require(actor, OrganizationType.BANK, OrganizationType.OPERATOR);
        List<Row> rows = jdbc.sql(CURRENT).param("grade", grade == null ? null : grade.name())
                .query(PushListQuery::row).list();
        var named = places.of(rows.stream().map(Row::enterpriseId).toList());
        Map<Long, CreditIntent> own = new HashMap<>();
        if (actor.is(OrganizationType.BANK)) {
            intents.standingOfBank(actor.organizationId()).forEach(i -> own.put(i.enterpriseId(),
                    IntentViews.view(i, named.get(i.enterpriseId()) == null ? ""
                            : named.get(i.enterpriseId()).name(), actor.organizationName())));
        }
        Map<Long, String> communities = new HashMap<>();
        return rows.stream().map(r -> {
            EnterprisePlaces.Place place = named.get(r.enterpriseId());
            String community = communities.computeIfAbsent(r.communityId(),
                    id -> organizations.find(id).map(Organization::name).orElse(""));
            return new PushListEntry(r.pushId(), r.enterpriseId(), place.name(), place.uscc(), place.cityCode(),
                    place.cityName(), place.industry(), r.grade(), r.totalScore(), r.creditLine(), r.modelVersion(),
                    r.ratedAt(), r.pushedAt(), r.pushedGrade(), r.pushedModelVersion(), r.applicationId(), community,
                    r.project(), r.amount(), r.purpose(), own.get(r.enterpriseId()),
                    PushListEntry.reportUrl(r.enterpriseId()));
        }).toList();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("push_id"), rs.getLong("enterprise_id"), Timestamps.read(rs, "pushed_at"),
                Grade.valueOf(rs.getString("pushed_grade")), rs.getInt("pushed_model_version"),
                rs.getLong("application_id"), rs.getLong("community_id"), rs.getString("project"),
                rs.getBigDecimal("amount"), rs.getString("purpose"), Grade.valueOf(rs.getString("grade")),
                rs.getBigDecimal("total_score"),
                new CreditLine(rs.getBigDecimal("credit_min"), rs.getBigDecimal("credit_max")),
                rs.getInt("model_version"), Timestamps.read(rs, "rated_at"));
    }
}
