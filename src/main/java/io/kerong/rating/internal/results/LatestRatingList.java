package io.kerong.rating.internal.results;

import io.kerong.rating.Grade;
import io.kerong.shared.AdministrativeDivisions;
import io.kerong.shared.Division;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's list of every enterprise's latest grade (评价结果一览), filtered by grade and region and paged by
 * offset. It reads the registry's {@code enterprise} table for name, credit code and region: a read-only join for a
 * list page, which the registry's Java API (one record at a time) cannot answer with a filter on grades.
 */
@Component
public class LatestRatingList {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AdministrativeDivisions divisions;

    LatestRatingList(JdbcClient jdbc, Clock clock, AdministrativeDivisions divisions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.divisions = divisions;
    }

    /** One line: the enterprise and its latest rating. */
    public record Row(long enterpriseId, String name, String uscc, String divisionCode, String divisionName, Grade grade,
                      BigDecimal totalScore, int modelVersion, LocalDate asOf, OffsetDateTime ratedAt) {
    }

    /** {@code total} counts every enterprise matching the filters. */
    public record Page(List<Row> rows, long total, int offset, int size) {

        public boolean hasNext() {
            return offset + rows.size() < total;
        }

        public boolean hasPrevious() {
            return offset > 0;
        }
    }

    /**
     * @param grade null for any
     * @param regionPrefix a province (2 digits), city (4) or county (6) code prefix, null for any
     */
    @Transactional(readOnly = true)
    public Page find(Grade grade, String regionPrefix, int offset, int size) {
        String where = " where (cast(:grade as text) is null or l.grade = :grade)"
                + " and (cast(:region as text) is null or e.division_code like :region || '%')";
        String gradeCode = grade == null ? null : grade.name();
        long total = jdbc.sql("select count(*) from rating_latest l join enterprise e on e.id = l.enterprise_id"
                        + where)
                .param("grade", gradeCode).param("region", regionPrefix).query(Long.class).single();
        List<Row> rows = new ArrayList<>(jdbc.sql("""
                        select l.enterprise_id, e.name, e.uscc, e.division_code, l.grade, l.total_score,
                               l.model_version, l.as_of, l.rated_at
                        from rating_latest l join enterprise e on e.id = l.enterprise_id""" + where + """
                         order by l.total_score desc, l.enterprise_id limit :size offset :offset""")
                .param("grade", gradeCode).param("region", regionPrefix).param("size", size).param("offset", offset)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        divisions.find(rs.getString(4)).map(Division::name).orElse(rs.getString(4)), Grade.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getInt(7),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, OffsetDateTime.class).atZoneSameInstant(clock.getZone())
                                .toOffsetDateTime()))
                .list());
        return new Page(rows, total, offset, size);
    }

    /** The day of the latest completed run started after the rating was made: it confirmed the rating. */
    @Transactional(readOnly = true)
    public java.util.Optional<LocalDate> confirmedAsOf(Instant ratedAt) {
        return jdbc.sql("""
                        select as_of from rating_run where status = 'COMPLETED' and started_at > ?
                        order by id desc limit 1""")
                .param(OffsetDateTime.ofInstant(ratedAt, java.time.ZoneOffset.UTC)).query(LocalDate.class)
                .optional();
    }
}
