package io.kerong.enterprise.bulk;

import io.kerong.enterprise.EnterpriseQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The registry list's filters ({@link EnterpriseQuery}) as a SQL condition with its parameters, so that an export
 * holds exactly the rows the operator sees in the list.
 */
record ExportFilter(String where, List<Object> params) {

    static ExportFilter of(EnterpriseQuery q, LocalDate today) {
        StringBuilder sql = new StringBuilder("true");
        List<Object> params = new ArrayList<>();
        if (q.text() != null) {
            String escaped = q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            sql.append(" and (e.name ilike ? or e.uscc like ?)");
            params.add("%" + escaped + "%");
            params.add("%" + escaped.toUpperCase(Locale.ROOT) + "%");
        }
        if (q.regionPrefix() != null) {
            sql.append(" and e.division_code like ?");
            params.add(regionPattern(q.regionPrefix()));
        }
        if (q.industrySection() != null) {
            sql.append(" and e.industry_section = ?");
            params.add(q.industrySection().name());
        }
        if (q.supportListMember() != null) {
            sql.append(" and e.support_list_member = ?");
            params.add(q.supportListMember());
        }
        if (q.qualification() != null) {
            sql.append(" and exists (select 1 from enterprise_qualification q where q.enterprise_id = e.id and q.kind = ?"
                    + " and q.valid_from <= ? and (q.valid_until is null or q.valid_until >= ?))");
            params.add(q.qualification().name());
            params.add(today);
            params.add(today);
        }
        return new ExportFilter(sql.toString(), List.copyOf(params));
    }

    /** "510000" (a province), "510100" (a city) or a 2/4/6-digit prefix become the matching code prefix. */
    static String regionPattern(String region) {
        String digits = region.replaceAll("[^0-9]", "");
        if (digits.length() == 6) {
            digits = digits.endsWith("0000") ? digits.substring(0, 2)
                    : digits.endsWith("00") ? digits.substring(0, 4) : digits;
        }
        return digits + "%";
    }
}
