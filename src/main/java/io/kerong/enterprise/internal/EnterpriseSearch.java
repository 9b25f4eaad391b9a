package io.kerong.enterprise.internal;

import io.kerong.enterprise.EnterprisePage;
import io.kerong.enterprise.EnterpriseQuery;
import io.kerong.enterprise.EnterpriseSummary;
import io.kerong.enterprise.IndustrySection;
import io.kerong.shared.AdministrativeDivisions;
import io.kerong.shared.Division;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry list over up to millions of rows: keyset pagination on the id (newest first), so a page costs the
 * same on page 1 and page 5,000; "contains" search served by trigram indexes; counts stop at
 * {@link EnterprisePage#COUNT_LIMIT}.
 */
@Component
class EnterpriseSearch {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AdministrativeDivisions divisions;

    EnterpriseSearch(JdbcClient jdbc, Clock clock, AdministrativeDivisions divisions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.divisions = divisions;
    }

    EnterprisePage page(EnterpriseQuery query, Long after, int pageSize) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        String keyset = after == null ? "" : " and e.id < :after";
        if (after != null) {
            params.put("after", after);
        }
        params.put("limit", pageSize + 1);
        List<EnterpriseSummary> rows = jdbc.sql("""
                        select e.id, e.uscc, e.name, e.division_code, e.industry_section, e.support_list_member,
                            e.organization_id is not null as registered
                        from enterprise e where %s%s order by e.id desc limit :limit""".formatted(where, keyset))
                .params(params)
                .query((rs, i) -> summary(rs.getLong("id"), rs.getString("uscc"), rs.getString("name"),
                        rs.getString("division_code"), rs.getString("industry_section"), rs.getBoolean("registered"),
                        rs.getBoolean("support_list_member")))
                .list();
        boolean more = rows.size() > pageSize;
        List<EnterpriseSummary> items = more ? rows.subList(0, pageSize) : rows;
        long total = jdbc.sql("select count(*) from (select 1 from enterprise e where %s limit %d) c"
                        .formatted(where, EnterprisePage.COUNT_LIMIT + 1))
                .params(params).query(Long.class).single();
        return new EnterprisePage(items, more ? items.getLast().id() : null, Math.min(total, EnterprisePage.COUNT_LIMIT),
                total > EnterprisePage.COUNT_LIMIT);
    }

    private String where(EnterpriseQuery q, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("true");
        if (q.text() != null) {
            sql.append(" and (e.name ilike :text or e.uscc like :code)");
            String escaped = q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.put("text", "%" + escaped + "%");
            params.put("code", "%" + escaped.toUpperCase(Locale.ROOT) + "%");
        }
        if (q.regionPrefix() != null) {
            sql.append(" and e.division_code like :region");
            params.put("region", regionPattern(q.regionPrefix()));
        }
        if (q.industrySection() != null) {
            sql.append(" and e.industry_section = :industry");
            params.put("industry", q.industrySection().name());
        }
        if (q.supportListMember() != null) {
            sql.append(" and e.support_list_member = :member");
            params.put("member", q.supportListMember());
        }
        if (q.qualification() != null) {
            sql.append("""
                     and exists (select 1 from enterprise_qualification q where q.enterprise_id = e.id
                        and q.kind = :kind and q.valid_from <= :today and (q.valid_until is null or q.valid_until >= :today))""");
            params.put("kind", q.qualification().name());
            params.put("today", LocalDate.now(clock));
        }
        return sql.toString();
    }

    /** "510000" (a province), "510100" (a city) or a 2/4-digit prefix become the matching code prefix. */
    static String regionPattern(String region) {
        String digits = region.replaceAll("[^0-9]", "");
        if (digits.length() == 6) {
            digits = digits.endsWith("0000") ? digits.substring(0, 2)
                    : digits.endsWith("00") ? digits.substring(0, 4) : digits;
        }
        return digits + "%";
    }

    private EnterpriseSummary summary(long id, String uscc, String name, String divisionCode, String industry,
                                      boolean registered, boolean member) {
        String divisionName = divisions.find(divisionCode).map(Division::fullName).orElse(divisionCode);
        return new EnterpriseSummary(id, uscc, name, divisionCode, divisionName,
                industry == null ? null : IndustrySection.valueOf(industry), registered, member);
    }
}
