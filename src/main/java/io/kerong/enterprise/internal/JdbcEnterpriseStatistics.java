package io.kerong.enterprise.internal;

import io.kerong.enterprise.EnterpriseStatistics;
import io.kerong.enterprise.IndustrySection;
import io.kerong.enterprise.QualificationKind;
import io.kerong.shared.AdministrativeDivisions;
import io.kerong.shared.Division;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Registry counts straight from the tables; a group-by over a million rows takes well under a second. */
@Service
class JdbcEnterpriseStatistics implements EnterpriseStatistics {

    private final JdbcClient jdbc;
    private final AdministrativeDivisions divisions;

    JdbcEnterpriseStatistics(JdbcClient jdbc, AdministrativeDivisions divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    @Override
    public long total() {
        return jdbc.sql("select count(*) from enterprise").query(Long.class).single();
    }

    @Override
    public List<RegionCount> byProvince() {
        return regions("select left(division_code, 2) || '0000' as code, count(*) as n from enterprise "
                + "group by 1 order by n desc, code", null);
    }

    @Override
    public List<RegionCount> byCity(String provinceCode) {
        return regions("select left(division_code, 4) || '00' as code, count(*) as n from enterprise "
                + "where division_code like :p group by 1 order by n desc, code", provinceCode.substring(0, 2) + "%");
    }

    private List<RegionCount> regions(String sql, String prefix) {
        var statement = jdbc.sql(sql);
        if (prefix != null) {
            statement = statement.param("p", prefix);
        }
        return statement.query((rs, i) -> {
            String code = rs.getString("code");
            String name = divisions.find(code).map(Division::fullName).orElse(code);
            return new RegionCount(code, name, rs.getLong("n"));
        }).list();
    }

    @Override
    public Map<IndustrySection, Long> byIndustry() {
        Map<IndustrySection, Long> counts = new EnumMap<>(IndustrySection.class);
        jdbc.sql("select industry_section, count(*) as n from enterprise where industry_section is not null group by 1")
                .query(rs -> {
                    counts.put(IndustrySection.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    @Override
    public Map<QualificationKind, Long> byQualification(LocalDate day) {
        Map<QualificationKind, Long> counts = new EnumMap<>(QualificationKind.class);
        jdbc.sql("""
                        select kind, count(distinct enterprise_id) from enterprise_qualification
                        where valid_from <= :day and (valid_until is null or valid_until >= :day) group by kind""")
                .param("day", day)
                .query(rs -> {
                    counts.put(QualificationKind.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    @Override
    public long supportListMembers() {
        return jdbc.sql("select count(*) from enterprise where support_list_member").query(Long.class).single();
    }

    @Override
    public EvaluationPassRate evaluationPassRate() {
        return jdbc.sql("""
                        select count(*) as evaluated, count(*) filter (where qualified) as qualified
                        from (select distinct on (enterprise_id) qualified from enterprise_evaluation
                              order by enterprise_id, evaluated_at desc, id desc) latest""")
                .query((rs, i) -> new EvaluationPassRate(rs.getLong("evaluated"), rs.getLong("qualified"))).single();
    }
}
