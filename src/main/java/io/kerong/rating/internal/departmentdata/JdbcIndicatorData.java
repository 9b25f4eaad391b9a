package io.kerong.rating.internal.departmentdata;

import io.kerong.enterprise.RegistryFacts;
import io.kerong.enterprise.RegistryQueries;
import io.kerong.rating.IndicatorData;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModels;
import io.kerong.rating.internal.push.EndorsementIndicator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator values as of a day: department values from {@code rating_indicator_value} and its revisions (what had
 * arrived by the end of that day, the latest period of each indicator), overlaid on the registry-derived ones.
 * A department value for a derived code wins: a department knows its own figure better than the registry. The industry
 * endorsement comes from the financing push's applications.
 */
@Service
class JdbcIndicatorData implements IndicatorData {

    static final int PAGE = 2000;

    /** Values an enterprise usually has (about a hundred indicators): maps sized once, never resized. */
    private static final int EXPECTED = 128;

    /** A value with the last day of its period, to keep the latest period of each indicator while reading. */
    private record Dated(IndicatorValue value, LocalDate end) {
    }

    /**
     * Values and revisions visible at :cutoff for a range of enterprises, unordered: the latest period per (enterprise,
     * indicator) is picked while reading, which spares PostgreSQL sorting a page of about 100 rows per enterprise.
     */
    private static final String VALUES = """
            select enterprise_id, indicator_code, period, period_end, number, text
            from rating_indicator_value
            where received_at < :cutoff and enterprise_id between :first and :last""";
    private static final String REVISIONS = """
            select enterprise_id, indicator_code, period, period_end, number, text
            from rating_indicator_value_revision
            where received_at < :cutoff and superseded_at >= :cutoff and enterprise_id between :first and :last""";

    private final JdbcClient jdbc;
    private final RegistryQueries registry;
    private final RatingModels models;
    private final EndorsementIndicator endorsements;
    private final Clock clock;

    JdbcIndicatorData(JdbcClient jdbc, RegistryQueries registry, RatingModels models,
                      EndorsementIndicator endorsements, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.models = models;
        this.endorsements = endorsements;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, IndicatorValue> latest(long enterpriseId, LocalDate asOf) {
        // the same precedence as forEachEnterprise: department values, then derived ones where none was delivered,
        // then the endorsement
        Map<String, IndicatorValue> values = new HashMap<>(
                departmentValues(enterpriseId, enterpriseId, asOf).getOrDefault(enterpriseId, Map.of()));
        registry.facts(enterpriseId, asOf).ifPresent(facts -> derived().of(facts, asOf).forEach(values::putIfAbsent));
        endorsement(values, asOf, endorsements.endorsed(enterpriseId, enterpriseId, cutoff(asOf)).contains(enterpriseId));
        return values;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachEnterprise(LocalDate asOf, Consumer<EnterpriseValues> each) {
        DerivedIndicators derived = derived();
        long after = 0;
        while (true) {
            List<RegistryFacts> page = registry.factsPage(asOf, after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            long first = page.getFirst().enterpriseId();
            long last = page.getLast().enterpriseId();
            Map<Long, Map<String, IndicatorValue>> delivered = departmentValues(first, last, asOf);
            Set<Long> endorsed = endorsements.endorsed(first, last, cutoff(asOf));
            for (RegistryFacts facts : page) {
                // the delivered values are this enterprise's own map: the derived ones fill in where no department
                // delivered the code, rather than copying a hundred values into a new map
                Map<String, IndicatorValue> values = delivered.get(facts.enterpriseId());
                if (values == null) {
                    values = new HashMap<>();
                }
                for (Map.Entry<String, IndicatorValue> e : derived.of(facts, asOf).entrySet()) {
                    values.putIfAbsent(e.getKey(), e.getValue());
                }
                endorsement(values, asOf, endorsed.contains(facts.enterpriseId()));
                each.accept(new EnterpriseValues(facts.enterpriseId(), values));
            }
            after = last;
        }
    }

    private Map<Long, Map<String, IndicatorValue>> departmentValues(long first, long last, LocalDate asOf) {
        Map<Long, Map<String, Dated>> held = new HashMap<>();
        OffsetDateTime cutoff = cutoff(asOf);
        for (String sql : List.of(VALUES, REVISIONS)) {
            jdbc.sql(sql).param("cutoff", cutoff).param("first", first).param("last", last).query(rs -> {
                String code = rs.getString(2);
                LocalDate end = rs.getObject(4, LocalDate.class);
                Map<String, Dated> own = held.computeIfAbsent(rs.getLong(1), id -> HashMap.newHashMap(EXPECTED));
                Dated known = own.get(code);
                if (known == null || known.end().isBefore(end)) {
                    own.put(code, new Dated(new IndicatorValue(code, rs.getString(3), rs.getBigDecimal(5),
                            rs.getString(6)), end));
                }
            });
        }
        Map<Long, Map<String, IndicatorValue>> values = HashMap.newHashMap(held.size());
        held.forEach((id, own) -> {
            Map<String, IndicatorValue> latest = HashMap.newHashMap(EXPECTED);
            own.forEach((code, dated) -> latest.put(code, dated.value()));
            values.put(id, latest);
        });
        return values;
    }

    /** The industry endorsement, known to the platform for every enterprise (see {@link EndorsementIndicator}). */
    private static void endorsement(Map<String, IndicatorValue> values, LocalDate asOf, boolean endorsed) {
        values.put(EndorsementIndicator.CODE,
                IndicatorValue.bool(EndorsementIndicator.CODE, String.valueOf(asOf.getYear()), endorsed));
    }

    /** The start of the next day in the platform's zone: values received on or before {@code asOf} count. */
    private OffsetDateTime cutoff(LocalDate asOf) {
        return asOf.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private DerivedIndicators derived() {
        boolean tenThousands = models.current().indicator(DerivedIndicators.REVENUE)
                .map(i -> "万元".equals(i.unit())).orElse(false);
        return new DerivedIndicators(tenThousands);
    }
}
