package io.kerong.rating.internal.push;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The industry endorsement as an indicator (获产业认定, {@value #CODE}, department 产业共同体): an enterprise counts as
 * endorsed from the moment a community endorsed one of its applications. The platform knows it for every enterprise,
 * so the enterprises without an endorsement get "no" rather than a missing value, and the what-if explanation can name
 * the endorsement as a way to a better grade.
 */
@Component
public class EndorsementIndicator {

    public static final String CODE = "INDUSTRY_ENDORSED";

    private final JdbcClient jdbc;

    EndorsementIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enterprises with ids from {@code first} to {@code last} endorsed before {@code cutoff}. */
    public Set<Long> endorsed(long first, long last, OffsetDateTime cutoff) {
        Set<Long> endorsed = new HashSet<>();
        jdbc.sql("""
                        select distinct enterprise_id from rating_push_application
                        where decision = 'ENDORSED' and decided_at < ? and enterprise_id between ? and ?""")
                .params(cutoff, first, last)
                .query(rs -> {
                    endorsed.add(rs.getLong(1));
                });
        return endorsed;
    }
}
